// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Core.Cleanup;

/// <summary>
/// Scan clean-up for the text preset. <see cref="Prepare"/> runs on the input before enlarging: the paper's
/// colour is estimated per channel (the brightest value nearby, smoothed) and divided out, then the commonest
/// bright level (the paper's grain) is stretched to white, so the page becomes white while ink keeps its
/// contrast; isolated dark specks are whitened; a skewed page is rotated straight
/// (<see cref="Deskew"/>, on the cleaned pixels, so specks are not smeared first); grey output drops colour.
/// <see cref="Finish"/> runs on the result: black-and-white output is thresholded at the new size (Otsu).
/// </summary>
public static class ScanCleanup
{
    /// <summary>Cleans up an input in place before it is enlarged.</summary>
    /// <param name="image">The input image, changed in place.</param>
    /// <param name="options">What to do.</param>
    /// <param name="parallelism">The most threads to use.</param>
    /// <param name="cancellationToken">Checked before every row of every step.</param>
    /// <returns>The angle the page was rotated straight by, in degrees counter-clockwise; 0 when it was not.</returns>
    /// <exception cref="OperationCanceledException">The clean-up was cancelled; the image is partly cleaned.</exception>
    public static double Prepare(Bgra32Image image, ScanCleanupOptions options, int parallelism, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(options);
        if (options.FlattenBackground)
        {
            for (int channel = 0; channel < 3; channel++)
            {
                FlattenChannel(image, channel, options.BackgroundRadius, cancellationToken);
            }
        }

        if (options.MaxSpeckPixels > 0)
        {
            SpeckRemoval.Apply(image, options.MaxSpeckPixels, cancellationToken);
        }

        double skew = options.Deskew ? Deskew.Straighten(image, parallelism, cancellationToken) : 0;
        if (options.Output != ScanOutput.Color)
        {
            ToGray(image, cancellationToken);
        }

        return skew;
    }

    /// <summary>Finishes the enlarged result in place (black and white output).</summary>
    /// <param name="result">The enlarged image, changed in place.</param>
    /// <param name="options">What to do.</param>
    /// <param name="cancellationToken">Checked before every row.</param>
    /// <exception cref="OperationCanceledException">The clean-up was cancelled; the result is partly thresholded.</exception>
    public static void Finish(Bgra32Image result, ScanCleanupOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Output == ScanOutput.BlackAndWhite)
        {
            OtsuThreshold.Apply(result, cancellationToken);
        }
    }

    private static void FlattenChannel(Bgra32Image image, int channel, int radius, CancellationToken cancellationToken)
    {
        int width = image.Width, height = image.Height;
        float[] plane = ChannelPlanes.Read(image, channel, linear: false);
        float[] paper = WindowFilter.Average(WindowFilter.Maximum(plane, width, height, radius, cancellationToken), width, height, radius, cancellationToken);
        var flattened = new byte[plane.Length];
        var histogram = new int[256];
        for (int i = 0; i < plane.Length; i++)
        {
            if (i % width == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            float background = Math.Max(paper[i], 16f);
            flattened[i] = (byte)PixelMath.ToByte(plane[i] * 255f / background, 255f);
            histogram[flattened[i]]++;
        }

        // Grainy paper sits below its local maximum, so dividing by the maximum leaves it grey (about 210–225 on
        // a real scan). The commonest bright level is the paper: stretch its peak to white, ink keeps its contrast.
        int whitePoint = PaperLevel(histogram);
        for (int y = 0; y < height; y++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Span<byte> row = image.GetRow(y);
            for (int x = 0; x < width; x++)
            {
                row[(x * 4) + channel] = (byte)Math.Min(255, ((flattened[(y * width) + x] * 255) + (whitePoint / 2)) / whitePoint);
            }
        }
    }

    private static int PaperLevel(int[] histogram)
    {
        int mode = 255;
        for (int level = 254; level >= 128; level--)
        {
            if (histogram[level] > histogram[mode])
            {
                mode = level;
            }
        }

        // Where the paper's peak falls to half height on its dark side: most of the grain becomes 255.
        int white = mode;
        while (white > 128 && 2 * histogram[white - 1] >= histogram[mode])
        {
            white--;
        }

        return white;
    }

    private static void ToGray(Bgra32Image image, CancellationToken cancellationToken)
    {
        for (int y = 0; y < image.Height; y++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Span<byte> row = image.GetRow(y);
            for (int x = 0; x < image.Width; x++)
            {
                row[x * 4] = row[(x * 4) + 1] = row[(x * 4) + 2] = (byte)PixelMath.ToByte(Luma.FullRange(row, x), 255f);
            }
        }
    }
}
