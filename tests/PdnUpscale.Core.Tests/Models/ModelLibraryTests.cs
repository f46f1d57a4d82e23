// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Errors;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Pipeline;

namespace PdnUpscale.Core.Tests.Models;

/// <summary>How a user's model choice becomes an installed model, for both hosts.</summary>
public sealed class ModelLibraryTests : IDisposable
{
    private readonly ModelLibrary library = ModelLibrary.Discover();
    private readonly string folder = Directory.CreateTempSubdirectory("pdnupscale-library-").FullName;

    [Fact]
    public void TheCommittedModelsAreInstalledAndTheRestOfTheCatalogIsKnown()
    {
        // Whatever models/fetch added besides: the committed four are always there.
        Assert.Subset(this.library.Installed.Select(m => m.Id).ToHashSet(), new HashSet<string> { "realesr-general-x4v3", "realesr-animevideov3-x2", "waifu2x-cunet-2x", "waifu2x-cunet-2x-noise2" });
        Assert.Contains("realesrgan-x4plus", this.library.Known.Select(m => m.Id)); // in the catalog, not committed
    }

    [Fact]
    public void AnIdIsFoundAndAFileNamedLikeTheIdInTheCurrentFolderNeverShadowsIt()
    {
        string previous = Environment.CurrentDirectory;
        File.WriteAllText(Path.Combine(this.folder, "realesr-general-x4v3"), "not a model");
        try
        {
            Environment.CurrentDirectory = this.folder;
            Assert.Equal("realesr-general-x4v3", this.library.Resolve("realesr-general-x4v3").Id);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    [Fact]
    public void AnOnnxPathIsReadAsAFile()
    {
        ModelDescriptor model = this.library.Resolve(this.library.Installed[0].OnnxPath!);

        Assert.Equal(this.library.Installed[0].Id, model.Id);
    }

    [Theory]
    [InlineData("no-such-model", "no model has this id")]
    [InlineData("missing.onnx", "no such model file")]
    public void UnknownModelsAreAModelErrorNamingWhatWasAskedFor(string name, string cause)
    {
        UpscaleException e = Assert.Throws<UpscaleException>(() => this.library.Resolve(name));
        Assert.Equal(UpscaleErrorKind.Model, e.Kind);

        Assert.StartsWith(name + ":", e.Message);
        Assert.Contains(cause, e.Message);
    }

    [Fact]
    public void ACatalogModelThatIsNotInstalledSaysHowToGetIt()
    {
        string id = this.library.Known.First(m => m.OnnxPath is null).Id;

        UpscaleException e = Assert.Throws<UpscaleException>(() => this.library.Resolve(id));
        Assert.Equal(UpscaleErrorKind.Model, e.Kind);
        Assert.Contains("run models/fetch", e.Message);
    }

    [Fact]
    public void ADenoiseLevelPicksTheInstalledSiblingOrSaysItIsMissing()
    {
        string onnx = this.library.Installed[0].OnnxPath!;
        ModelDescriptor Cugan(string id, int level) => new()
        {
            Id = id, Name = id, Family = "Real-CUGAN", DenoiseLevel = level, OnnxPath = onnx,
            Geometry = new ModelGeometry { Scale = 2, ContextPadding = 8, IsTileExact = true },
        };
        var cugan = new ModelLibrary([Cugan("realcugan-2x-conservative", -1), Cugan("realcugan-2x-denoise3x", 3)]);
        ModelDescriptor conservative = cugan.Resolve("realcugan-2x-conservative");

        Assert.Equal("realcugan-2x-denoise3x", cugan.WithDenoiseLevel(conservative, 3).Model.Id);
        (ModelDescriptor same, string? note) = cugan.WithDenoiseLevel(conservative, 2);
        Assert.Equal("realcugan-2x-conservative", same.Id);
        Assert.Contains("no installed variant with denoise level 2", note);
        Assert.Equal((conservative, null), cugan.WithDenoiseLevel(conservative, null));
        Assert.Contains("has no denoise levels", this.library.WithDenoiseLevel(this.library.Installed[0], 1).Note);
    }

    [Fact]
    public void TheHelpTextCarriesEveryInstalledModelsDescriptionAndLicense()
    {
        string help = this.library.DescribeInstalled();

        Assert.Contains("realesr-general-x4v3", help);
        Assert.Contains("License: BSD-3-Clause", help);
        Assert.Contains("No model is installed", new ModelLibrary([]).DescribeInstalled());
    }

    public void Dispose() => Directory.Delete(this.folder, recursive: true);
}
