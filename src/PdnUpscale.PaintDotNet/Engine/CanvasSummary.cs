// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;

namespace PdnUpscale.PaintDotNet.Engine;

/// <summary>Words, for the dialog, which workflow the current layer is ready for.</summary>
public static class CanvasSummary
{
    /// <summary>Describes the layer as an enlarged canvas (for 2×, 3× or 4×) or not.</summary>
    /// <param name="layer">The current layer.</param>
    /// <returns>One or two sentences.</returns>
    public static string Describe(Bgra32Image layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        foreach (int factor in new[] { 4, 3, 2 })
        {
            CanvasCheckResult check = CanvasCheck.Inspect(layer, factor);
            if (check.Matches)
            {
                return $"This layer looks like a canvas enlarged {factor}× (original {check.SourceWidth}×{check.SourceHeight} at the top left): \"Enlarged canvas\" with {factor}× fills it with the upscaled picture.";
            }
        }

        return $"This layer ({layer.Width}×{layer.Height}) is not an enlarged canvas, so \"Enlarged canvas\" will change nothing. Either use \"New image\" (result on the clipboard), or first use Image → Canvas Size by the factor you want, anchored top-left.";
    }
}
