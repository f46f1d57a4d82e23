// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Core.Tests.TestUtilities;

/// <summary>Small images generated in code, and comparisons.</summary>
internal static class TestImages
{
    /// <summary>Creates a deterministic noisy gradient, optionally with an alpha pattern.</summary>
    public static Bgra32Image Create(int width, int height, int seed = 1, bool withAlpha = false)
    {
        var random = new Random(seed);
        Bgra32Image image = Bgra32Image.Allocate(width, height);
        for (int y = 0; y < height; y++)
        {
            Span<byte> row = image.GetRow(y);
            for (int x = 0; x < width; x++)
            {
                row[x * 4] = (byte)((x * 255 / Math.Max(1, width - 1) + random.Next(40)) % 256);
                row[(x * 4) + 1] = (byte)((y * 255 / Math.Max(1, height - 1) + random.Next(40)) % 256);
                row[(x * 4) + 2] = (byte)random.Next(256);
                row[(x * 4) + 3] = withAlpha ? AlphaAt(x, y, width, height) : (byte)255;
            }
        }

        return image;
    }

    /// <summary>Creates an opaque image of one colour.</summary>
    public static Bgra32Image Flat(int width, int height, byte b, byte g, byte r)
    {
        Bgra32Image image = Bgra32Image.Allocate(width, height);
        for (int y = 0; y < height; y++)
        {
            Span<byte> row = image.GetRow(y);
            for (int i = 0; i < row.Length; i += 4)
            {
                row[i] = b;
                row[i + 1] = g;
                row[i + 2] = r;
                row[i + 3] = 255;
            }
        }

        return image;
    }

    /// <summary>Gets the path of a committed test image in tests/Images/Input.</summary>
    public static string InputPath(string name)
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string path = Path.Combine(dir.FullName, "tests", "Images", "Input", name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException($"tests/Images/Input/{name} was not found above {AppContext.BaseDirectory}.");
    }

    /// <summary>Decodes a committed test image from tests/Images/Input.</summary>
    public static Bgra32Image LoadInput(string name) => new SkiaImageDecoder().Decode(InputPath(name)).Image;

    /// <summary>Multiplies in the blob-shaped alpha of <see cref="AlphaAt"/>.</summary>
    public static void ApplyBlobAlpha(Bgra32Image image)
    {
        for (int y = 0; y < image.Height; y++)
        {
            Span<byte> row = image.GetRow(y);
            for (int x = 0; x < image.Width; x++)
            {
                row[(x * 4) + 3] = AlphaAt(x, y, image.Width, image.Height);
            }
        }
    }

    /// <summary>Gets a blob-shaped alpha: opaque centre, soft edge, transparent outside.</summary>
    public static byte AlphaAt(int x, int y, int width, int height)
    {
        double dx = (x - (width / 2.0)) / (width / 2.0), dy = (y - (height / 2.0)) / (height / 2.0);
        double d = Math.Sqrt((dx * dx) + (dy * dy));
        return d < 0.5 ? (byte)255 : d > 0.75 ? (byte)0 : (byte)((0.75 - d) / 0.25 * 255);
    }

    /// <summary>Gets the largest difference of any channel of any pixel.</summary>
    public static int MaxAbsDiff(Bgra32Image a, Bgra32Image b)
    {
        Assert.Equal(a.Width, b.Width);
        Assert.Equal(a.Height, b.Height);
        int max = 0;
        for (int y = 0; y < a.Height; y++)
        {
            Span<byte> ra = a.GetRow(y), rb = b.GetRow(y);
            for (int i = 0; i < ra.Length; i++)
            {
                max = Math.Max(max, Math.Abs(ra[i] - rb[i]));
            }
        }

        return max;
    }

    /// <summary>Gets the largest difference of visible colour (colour weighted by alpha) and of alpha.</summary>
    public static int MaxVisibleDiff(Bgra32Image a, Bgra32Image b)
    {
        int max = 0;
        for (int y = 0; y < a.Height; y++)
        {
            Span<byte> ra = a.GetRow(y), rb = b.GetRow(y);
            for (int i = 0; i < ra.Length; i += 4)
            {
                max = Math.Max(max, Math.Abs(ra[i + 3] - rb[i + 3]));
                for (int c = 0; c < 3; c++)
                {
                    max = Math.Max(max, Math.Abs((ra[i + c] * ra[i + 3]) - (rb[i + c] * rb[i + 3])) / 255);
                }
            }
        }

        return max;
    }
}
