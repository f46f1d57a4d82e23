// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Inference;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Models.Catalog;
using PdnUpscale.Core.Pipeline;
using PdnUpscale.Core.Presets;
using PdnUpscale.PaintDotNet.Engine;

namespace PdnUpscale.PaintDotNet.Tests;

/// <summary>The committed models and small synthetic pictures the tests run on.</summary>
internal static class TestData
{
    public static string ModelsFolder { get; } = ModelLocations.FindBundledFolder() ?? throw new InvalidOperationException("models/catalog.json not found above the test folder.");

    public static IReadOnlyList<ModelDescriptor> Discovered { get; } = ModelCatalog.Load(Path.Combine(ModelsFolder, ModelLocations.CatalogFileName)).Discover([ModelsFolder]);

    public static ModelChooser Chooser() => new(Discovered);

    public static ModelDescriptor Model(string id) => Discovered.Single(m => m.Id == id);

    /// <summary>A small opaque picture: gradients, a dark disc and a hard edge, so the model has something to do.</summary>
    public static Bgra32Image Picture(int width, int height)
    {
        Bgra32Image image = Bgra32Image.Allocate(width, height);
        for (int y = 0; y < height; y++)
        {
            Span<byte> row = image.GetRow(y);
            for (int x = 0; x < width; x++)
            {
                bool disc = ((x - (width / 3)) * (x - (width / 3))) + ((y - (height / 2)) * (y - (height / 2))) < height * height / 9;
                row[(x * 4) + 0] = (byte)(disc ? 30 : 255 * x / width);
                row[(x * 4) + 1] = (byte)(disc ? 40 : 255 * y / height);
                row[(x * 4) + 2] = (byte)(x > 2 * width / 3 ? 220 : 60);
                row[(x * 4) + 3] = 255;
            }
        }

        return image;
    }

    /// <summary>The picture on a canvas enlarged by Canvas Size (anchor top-left), the new area filled with <paramref name="fill"/>.</summary>
    public static Bgra32Image EnlargedCanvas(Bgra32Image original, int width, int height, uint fill = 0)
    {
        Bgra32Image canvas = Bgra32Image.Allocate(width, height);
        for (int y = 0; y < height; y++)
        {
            System.Runtime.InteropServices.MemoryMarshal.Cast<byte, uint>(canvas.GetRow(y)).Fill(fill);
            if (y < original.Height)
            {
                original.GetRow(y).CopyTo(canvas.GetRow(y));
            }
        }

        return canvas;
    }

    /// <summary>The committed 2× model, pinned so tests stay fast whatever the content preset prefers.</summary>
    public const string Model2x = "realesr-animevideov3-x2";

    /// <summary>Upscales directly with Core on the CPU with the art preset's fidelity, as the plugin does, for comparison.</summary>
    public static UpscaleResult Reference(Bgra32Image source, int width, int height)
    {
        using var upscaler = new Upscaler();
        return upscaler.Run(source, new UpscaleOptions
        {
            Model = Model(Model2x), TargetWidth = width, TargetHeight = height, Device = DeviceKind.Cpu, Fidelity = UpscalePresets.Art.Fidelity,
        });
    }

    public static bool SamePixels(Bgra32Image a, Bgra32Image b)
    {
        if (a.Width != b.Width || a.Height != b.Height)
        {
            return false;
        }

        for (int y = 0; y < a.Height; y++)
        {
            if (!a.GetRow(y).SequenceEqual(b.GetRow(y)))
            {
                return false;
            }
        }

        return true;
    }
}
