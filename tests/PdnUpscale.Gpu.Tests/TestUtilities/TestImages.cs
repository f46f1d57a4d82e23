// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Gpu.Tests.TestUtilities;

/// <summary>
/// The images the GPU-versus-CPU tests run on: every PNG under tests/Images/Input (real photos and art,
/// small crops), plus two generated ones that cover what photos rarely have — sizes that are not multiples
/// of the 8 × 8 thread groups, fully transparent holes hiding garbage colour, and translucent edges.
/// </summary>
internal static class TestImages
{
    /// <summary>Gets the names of all test images, for theories.</summary>
    public static TheoryData<string> Names
    {
        get
        {
            var data = new TheoryData<string> { "generated-alpha", "generated-opaque" };
            foreach (string path in InputFiles())
            {
                data.Add(Path.GetFileName(path));
            }

            return data;
        }
    }

    /// <summary>Loads or generates a test image.</summary>
    /// <param name="name">A name from <see cref="Names"/>.</param>
    /// <returns>The image; the caller disposes it.</returns>
    public static Bgra32Image Load(string name) => name switch
    {
        "generated-alpha" => Generate(37, 29, seed: 1, withHoles: true),
        "generated-opaque" => Generate(45, 23, seed: 2, withHoles: false),
        _ => Decode(InputFiles().Single(p => Path.GetFileName(p) == name)),
    };

    /// <summary>
    /// Gets a core tile size that splits an image into a few tiles per axis (about four): enough to
    /// exercise every kind of tile edge while the thread-by-thread emulation stays fast.
    /// </summary>
    /// <param name="image">The image.</param>
    /// <returns>The core tile size in source pixels.</returns>
    public static int TileSizeFor(Bgra32Image image) => Math.Max(12, Math.Max(image.Width, image.Height) / 4);

    private static IEnumerable<string> InputFiles()
    {
        string? input = RepositoryPaths.Find(Path.Combine("tests", "Images", "Input"));
        return input is null ? [] : Directory.GetFiles(input, "*.png").Order(StringComparer.Ordinal);
    }

    private static Bgra32Image Decode(string path)
    {
        DecodedImage decoded = new SkiaImageDecoder().Decode(path);
        return decoded.Image;
    }

    private static Bgra32Image Generate(int width, int height, int seed, bool withHoles)
    {
        var random = new Random(seed);
        Bgra32Image image = Bgra32Image.Allocate(width, height);
        for (int y = 0; y < height; y++)
        {
            Span<byte> row = image.GetRow(y);
            for (int x = 0; x < width; x++)
            {
                Span<byte> p = row.Slice(x * 4, 4);
                p[0] = (byte)((x * 255 / width) ^ random.Next(32));
                p[1] = (byte)((y * 255 / height) ^ random.Next(32));
                p[2] = (byte)random.Next(256);
                bool hole = withHoles && ((x - 12) * (x - 12)) + ((y - 10) * (y - 10)) < 40;
                bool edge = withHoles && x > width - 6;
                p[3] = hole || (withHoles && y == 0 && x < 9) ? (byte)0 : edge ? (byte)random.Next(1, 255) : (byte)255;
            }
        }

        return image;
    }
}
