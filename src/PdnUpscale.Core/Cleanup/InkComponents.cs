// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Cleanup;

/// <summary>The 8-connected groups of ink pixels in a mask: letters, parts of letters, specks.</summary>
internal static class InkComponents
{
    /// <summary>How many pixels of one group are gathered between checks for cancellation (a page-sized group takes a while).</summary>
    private const int CheckEvery = 1 << 16;

    /// <summary>Visits every group once, in the order its first pixel appears (rows top to bottom).</summary>
    /// <param name="ink">The mask, row by row, <paramref name="width"/> × <paramref name="height"/> values.</param>
    /// <param name="width">The mask width.</param>
    /// <param name="height">The mask height.</param>
    /// <param name="visit">
    /// Receives the group's pixel indices (valid only during the call), the labels of every pixel seen so far
    /// (0 for pixels not yet reached, the 1-based group number otherwise) and the group's label.
    /// </param>
    /// <param name="cancellationToken">Checked at the start of every row and every <see cref="CheckEvery"/> pixels of a group.</param>
    public static void Visit(bool[] ink, int width, int height, Action<List<int>, int[], int> visit, CancellationToken cancellationToken)
    {
        var group = new List<int>();
        var labels = new int[ink.Length];
        var stack = new Stack<int>();
        int label = 0;
        for (int start = 0; start < ink.Length; start++)
        {
            if (start % width == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (!ink[start] || labels[start] != 0)
            {
                continue;
            }

            group.Clear();
            stack.Push(start);
            labels[start] = ++label;
            while (stack.Count > 0)
            {
                int p = stack.Pop();
                group.Add(p);
                if (group.Count % CheckEvery == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                int px = p % width, py = p / width;
                for (int dy = -1; dy <= 1; dy++)
                {
                    for (int dx = -1; dx <= 1; dx++)
                    {
                        int nx = px + dx, ny = py + dy, n = (ny * width) + nx;
                        if (nx >= 0 && nx < width && ny >= 0 && ny < height && ink[n] && labels[n] == 0)
                        {
                            labels[n] = label;
                            stack.Push(n);
                        }
                    }
                }
            }

            visit(group, labels, label);
        }
    }
}
