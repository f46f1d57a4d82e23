// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Errors;

namespace PdnUpscale.Core.Pipeline;

/// <summary>
/// How an image reaches its requested size with a model of a fixed native scale <c>m</c>: one model pass,
/// then more while the remaining factor is at least √m (below that, resampling loses less than it costs).
/// Before a chained pass whose factor would overshoot, the image is first resampled to target ÷ m, so the
/// pass lands on the target; a final Lanczos-3 resample fixes any remaining difference (e.g. 1.5×, 3×).
/// Scale 1 runs the model once and shrinks back: a same-size restoration, not a copy. A 1× model (denoising
/// only) runs once and is then resampled to the target: more passes would not enlarge anything.
/// </summary>
internal sealed class ScaleChain
{
    private ScaleChain(int targetWidth, int targetHeight, IReadOnlyList<ChainStep> steps)
    {
        this.TargetWidth = targetWidth;
        this.TargetHeight = targetHeight;
        this.Steps = steps;
    }

    /// <summary>Gets the output width.</summary>
    public int TargetWidth { get; }

    /// <summary>Gets the output height.</summary>
    public int TargetHeight { get; }

    /// <summary>Gets the steps in order; the last one produces the target size.</summary>
    public IReadOnlyList<ChainStep> Steps { get; }

    /// <summary>Plans the chain for an image.</summary>
    /// <param name="width">The source width.</param>
    /// <param name="height">The source height.</param>
    /// <param name="options">The requested scale or size.</param>
    /// <returns>The chain.</returns>
    /// <exception cref="UpscaleException">The requested scale is outside 1..16.</exception>
    public static ScaleChain Create(int width, int height, UpscaleOptions options)
    {
        int m = options.Model.Geometry.Scale;
        (int tw, int th, double scale) = ResolveTarget(width, height, options);
        if (!double.IsFinite(scale) || scale < 1 - 1e-9 || scale > 16 + 1e-9)
        {
            throw new UpscaleException(UpscaleErrorKind.InvalidInput, $"The requested size {tw}×{th} is a {scale:0.###}× enlargement; the scale must be between 1 and 16.");
        }

        var steps = new List<ChainStep>();
        int cw = width * m, ch = height * m;
        double remaining = scale / m;
        steps.Add(new ChainStep(true, cw, ch));
        while (m > 1 && remaining >= Math.Sqrt(m) - 1e-9)
        {
            if (remaining < m - 1e-9)
            {
                cw = Math.Max(1, (int)Math.Round((double)tw / m));
                ch = Math.Max(1, (int)Math.Round((double)th / m));
                steps.Add(new ChainStep(false, cw, ch));
                remaining = m;
            }

            cw *= m;
            ch *= m;
            remaining /= m;
            steps.Add(new ChainStep(true, cw, ch));
        }

        if (cw != tw || ch != th)
        {
            steps.Add(new ChainStep(false, tw, th));
        }

        return new ScaleChain(tw, th, steps);
    }

    private static (int Width, int Height, double Scale) ResolveTarget(int width, int height, UpscaleOptions options)
    {
        int? tw = options.TargetWidth, th = options.TargetHeight;
        if (tw is < 1 || th is < 1)
        {
            throw new UpscaleException(UpscaleErrorKind.InvalidInput, "The target width and height must be at least 1 pixel.");
        }

        if (tw is int w && th is int h)
        {
            return (w, h, Math.Max((double)w / width, (double)h / height));
        }

        if (tw is int onlyW)
        {
            return (onlyW, Math.Max(1, (int)Math.Round((double)height * onlyW / width)), (double)onlyW / width);
        }

        if (th is int onlyH)
        {
            return (Math.Max(1, (int)Math.Round((double)width * onlyH / height)), onlyH, (double)onlyH / height);
        }

        double scale = options.Scale ?? options.Model.Geometry.Scale;
        return (Math.Max(1, (int)Math.Round(width * scale)), Math.Max(1, (int)Math.Round(height * scale)), scale);
    }
}

/// <summary>One step of a <see cref="ScaleChain"/>.</summary>
/// <param name="IsModel">True for a model pass, false for a resample.</param>
/// <param name="Width">The width the step produces.</param>
/// <param name="Height">The height the step produces.</param>
internal readonly record struct ChainStep(bool IsModel, int Width, int Height);
