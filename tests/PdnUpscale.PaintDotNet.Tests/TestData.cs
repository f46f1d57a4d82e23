// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Codecs;
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

    public static ModelLibrary Library() => new(Discovered);

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

    /// <summary>A crop of one of the real images under tests/Images/Input.</summary>
    public static Bgra32Image Input(string name, int x, int y, int width, int height)
    {
        string folder = ModelLocations.BundledFolders().Select(m => Path.Combine(m, "..", "tests", "Images", "Input")).First(Directory.Exists);
        using DecodedImage decoded = new SkiaImageDecoder().Decode(Path.Combine(folder, name));
        using Bgra32Image view = Bgra32Image.Wrap(decoded.Image.Scan0 + (y * decoded.Image.Stride) + (x * 4), width, height, decoded.Image.Stride);
        return view.Clone();
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

    /// <summary>Upscales directly with Core on the CPU, raw model output as the art preset gives it, for comparison.</summary>
    public static UpscaleResult Reference(Bgra32Image source, int width, int height)
    {
        using var upscaler = new Upscaler();
        return upscaler.Run(source, new UpscaleOptions
        {
            Model = Model(Model2x), TargetWidth = width, TargetHeight = height, Device = DeviceKind.Cpu,
        });
    }

    /// <summary>Gets the share (0..1) of the pixels of a region for which a test on (x, y, B, G, R) holds.</summary>
    public static double Share(Bgra32Image image, Func<int, int, byte, byte, byte, bool> test, Func<int, int, bool>? region = null)
    {
        long inside = 0, hits = 0;
        for (int y = 0; y < image.Height; y++)
        {
            Span<byte> row = image.GetRow(y);
            for (int x = 0; x < image.Width; x++)
            {
                if (region is null || region(x, y))
                {
                    inside++;
                    hits += test(x, y, row[x * 4], row[(x * 4) + 1], row[(x * 4) + 2]) ? 1 : 0;
                }
            }
        }

        return inside == 0 ? 0 : hits / (double)inside;
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
