// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Quality;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Core.Cleanup;

/// <summary>Whitens isolated dark specks: 8-connected groups of dark pixels no larger than a size, with no dark neighbour group.</summary>
internal static class SpeckRemoval
{
    private const float DarkLevel = 128f;

    /// <summary>Removes specks in place.</summary>
    /// <param name="image">The image (background already flattened to white).</param>
    /// <param name="maxPixels">The largest speck removed, in pixels.</param>
    public static void Apply(Bgra32Image image, int maxPixels)
    {
        int width = image.Width, height = image.Height;
        var dark = new bool[width * height];
        for (int y = 0; y < height; y++)
        {
            Span<byte> row = image.GetRow(y);
            for (int x = 0; x < width; x++)
            {
                dark[(y * width) + x] = Luma.FullRange(row, x) < DarkLevel;
            }
        }

        var seen = new bool[dark.Length];
        var group = new List<int>();
        var stack = new Stack<int>();
        for (int start = 0; start < dark.Length; start++)
        {
            if (!dark[start] || seen[start])
            {
                continue;
            }

            group.Clear();
            stack.Push(start);
            seen[start] = true;
            while (stack.Count > 0)
            {
                int p = stack.Pop();
                group.Add(p);
                int px = p % width, py = p / width;
                for (int dy = -1; dy <= 1; dy++)
                {
                    for (int dx = -1; dx <= 1; dx++)
                    {
                        int nx = px + dx, ny = py + dy, n = (ny * width) + nx;
                        if (nx >= 0 && nx < width && ny >= 0 && ny < height && dark[n] && !seen[n])
                        {
                            seen[n] = true;
                            stack.Push(n);
                        }
                    }
                }
            }

            if (group.Count <= maxPixels)
            {
                foreach (int p in group)
                {
                    image.GetRow(p / width).Slice((p % width) * 4, 3).Fill(255);
                }
            }
        }
    }
}
