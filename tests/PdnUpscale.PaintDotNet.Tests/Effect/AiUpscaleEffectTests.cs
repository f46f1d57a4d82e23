// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PaintDotNet.Effects;
using PaintDotNet.IndirectUI;
using PaintDotNet.PropertySystem;
using PaintDotNet.Rendering;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Pipeline;
using PdnUpscale.Core.Presets;
using PdnUpscale.PaintDotNet.Effect;
using PdnUpscale.PaintDotNet.Engine;
using PdnUpscale.PaintDotNet.Tests.Fakes;
using Names = PdnUpscale.PaintDotNet.Effect.EffectProperties.Names;

namespace PdnUpscale.PaintDotNet.Tests.Effect;

/// <summary>
/// The effect class driven through the facades the way Paint.NET drives it: properties and dialog, then
/// OnSetToken and OnRender in tiles. The plugin folder here is the test output, which holds the models.
/// </summary>
public sealed class AiUpscaleEffectTests : IDisposable
{
    private readonly Bgra32Image original = TestData.Picture(20, 14);
    private readonly AiUpscaleEffect effect = new();
    private readonly FakeServices services = new();
    private PropertyBasedEffectConfigToken? token;

    [Fact]
    public void TheDialogOffersTheInstalledModelsWithLicensesAndExplainsBothWorkflows()
    {
        using Bgra32Image canvas = TestData.EnlargedCanvas(this.original, 40, 28);
        this.Attach(canvas);
        PropertyCollection props = this.effect.CreatePropertyCollection();

        ControlInfo ui = this.effect.CreateConfigUI(props);
        PropertyCollection window = this.effect.CustomizeWindowProperties();

        object[] models = ((StaticListChoiceProperty)props[Names.Model]!).ValueChoices;
        // Automatic first, then every installed model: the committed four, and whatever models/fetch added.
        Assert.Equal("auto", models[0]);
        Assert.Subset(models.Skip(1).ToHashSet(), new HashSet<object> { "realesr-general-x4v3", "realesr-animevideov3-x2", "waifu2x-cunet-2x", "waifu2x-cunet-2x-noise2" });
        Assert.Contains("BSD-3-Clause", ui.FindControlForPropertyName(Names.Model)!.ValueDisplayNames["realesr-animevideov3-x2"]);
        Assert.Equal("What are you upscaling?", ui.FindControlForPropertyName(Names.Content)!.ControlValues[ControlInfoPropertyNames.DisplayName]);
        Assert.Contains("enlarged 2× (original 20×14", (string)ui.FindControlForPropertyName(Names.Workflow)!.ControlValues[ControlInfoPropertyNames.Description]!);
        string help = (string)window[ControlInfoPropertyNames.WindowHelpContent]!.Value!;
        Assert.Contains("Paste into New Image", help);
        Assert.Contains("Canvas Size", help);
        Assert.Contains("License: BSD-3-Clause", help);
        Assert.Contains(UpscalePresets.Text.Advice!, help);
    }

    // Every device the edition's dialog offers; in the GPU edition without a GPU, Auto and GPU fall back to the CPU.
    public static TheoryData<DeviceChoice> EditionDevices => [.. Edition.Devices];

    [Theory]
    [MemberData(nameof(EditionDevices))]
    public void EnlargedCanvasRendersTheUpscaledOriginalTileByTile(DeviceChoice device)
    {
        using Bgra32Image canvas = TestData.EnlargedCanvas(this.original, 40, 28);
        using UpscaleResult expected = TestData.Reference(this.original, 40, 28);

        using Bgra32Image rendered = this.Run(canvas, OutputWorkflow.EnlargedCanvas, device);

        Assert.True(TestData.SamePixels(expected.Image, rendered), "the layer must show the upscaled original");
        Assert.Empty(this.services.Dialogs);
        Assert.Empty(this.services.Clipboard.Images);
    }

    [Fact]
    public void NewImagePutsTheResultOnTheClipboardAndRendersTheLayerUnchanged()
    {
        using UpscaleResult expected = TestData.Reference(this.original, 40, 28);

        using Bgra32Image rendered = this.Run(this.original, OutputWorkflow.NewImage);

        Assert.True(TestData.SamePixels(this.original, rendered), "the layer must stay unchanged");
        Bgra32Image pasted = Assert.Single(this.services.Clipboard.Images);
        Assert.True(TestData.SamePixels(expected.Image, pasted), "the clipboard must hold the full result");
    }

    [Fact]
    public void AMismatchedCanvasIsReportedOnceAndLeftAlone()
    {
        using Bgra32Image rendered = this.Run(this.original, OutputWorkflow.EnlargedCanvas);
        this.effect.SetToken(this.token!.Clone() as PropertyBasedEffectConfigToken);

        Assert.True(TestData.SamePixels(this.original, rendered), "the layer must stay unchanged");
        string message = Assert.Single(this.services.Dialogs);
        Assert.Contains("Image → Canvas Size", message);
    }

    [Fact]
    public void AFailureMidRun_LeavesTheLayerUntouched_AndSaysOneSentence()
    {
        // First a result on the enlarged canvas; then new settings whose run fails in a way the engine does
        // not expect (the clipboard held by another program): the earlier result must not stay on the layer.
        using Bgra32Image canvas = TestData.EnlargedCanvas(this.original, 40, 28);
        using Bgra32Image first = this.Run(canvas, OutputWorkflow.EnlargedCanvas);
        Assert.False(TestData.SamePixels(canvas, first), "the first run must change the layer");
        this.services.Clipboard.Failure = new System.Runtime.InteropServices.ExternalException("Requested Clipboard operation did not succeed.");

        using Bgra32Image rendered = this.Run(canvas, OutputWorkflow.NewImage);

        Assert.True(TestData.SamePixels(canvas, rendered), "the layer must stay unchanged");
        string message = Assert.Single(this.services.Dialogs);
        Assert.Equal("The upscale failed: Requested Clipboard operation did not succeed. This layer is unchanged.", message);
    }

    [Fact]
    public void TheGpuIsTheAdapterPaintDotNetRendersWith() => Assert.Equal(1, PluginFolder.AdapterIndex(this.services));

    public void Dispose()
    {
        this.effect.Dispose();
        this.original.Dispose();
        this.services.Clipboard.Images.ForEach(i => i.Dispose());
    }

    private void Attach(Bgra32Image layer)
    {
        this.effect.AttachHost(this.services, CancellationToken.None);
        this.effect.AttachEnvironment(new FakeEnvironment(layer));
    }

    // Sets the token as the dialog would and renders the layer in four tiles, as Paint.NET's scheduler does.
    private Bgra32Image Run(Bgra32Image layer, OutputWorkflow workflow, DeviceChoice device = DeviceChoice.Cpu)
    {
        this.Attach(layer);
        this.token = new PropertyBasedEffectConfigToken(this.effect.CreatePropertyCollection());
        this.token.SetPropertyValue(Names.Workflow, workflow);
        this.token.SetPropertyValue(Names.Content, ContentKind.ArtAndGraphics);
        this.token.SetPropertyValue(Names.Model, TestData.Model2x);
        this.token.SetPropertyValue(Names.Device, device);
        this.effect.SetToken(this.token);
        Bgra32Image destination = Bgra32Image.Allocate(layer.Width, layer.Height);
        int halfW = layer.Width / 2, halfH = layer.Height / 2;
        foreach (RectInt32 tile in new[] { new RectInt32(0, 0, halfW, halfH), new RectInt32(halfW, 0, layer.Width - halfW, halfH), new RectInt32(0, halfH, halfW, layer.Height - halfH), new RectInt32(halfW, halfH, layer.Width - halfW, layer.Height - halfH) })
        {
            this.effect.Render(new FakeOutput(destination, tile));
        }

        return destination;
    }
}
