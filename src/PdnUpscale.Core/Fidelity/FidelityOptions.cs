// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Core.Fidelity;

/// <summary>
/// How faithful the result must stay to its input: shrunk back with <see cref="Kernel"/>, a fully faithful
/// result gives the input again, so the model may sharpen but not change what the input shows.
/// </summary>
public sealed record FidelityOptions
{
    /// <summary>Gets the strength, 0..1: 0 keeps the raw model output, 1 makes it fully consistent with the input.</summary>
    public double Strength { get; init; } = 1;

    /// <summary>Gets how the input is assumed to have been shrunk from the real scene.</summary>
    public DownscaleKernel Kernel { get; init; } = DownscaleKernel.Bicubic;

    /// <summary>
    /// Gets a value indicating whether the consistency is enforced in linear light rather than on sRGB values.
    /// Physical averaging (sensors, scanners) happens in linear light; most software resizers shrink sRGB values.
    /// </summary>
    public bool LinearLight { get; init; }

    /// <summary>Gets the number of back-projection iterations (on the input's grid, so they are cheap).</summary>
    public int Iterations { get; init; } = 40;

    /// <summary>
    /// Gets a value indicating whether, after back-projection, each pixel is clamped to the range of the input
    /// pixels around it (<see cref="RangeClamp"/>): no halos or ringing along lines, for art and graphics.
    /// </summary>
    public bool ClampToInputRange { get; init; }

    /// <summary>
    /// Gets the share of the model's added detail kept over a plain bicubic enlargement, 0..1 (<see cref="DetailBlend"/>),
    /// applied before back-projection so the result stays as faithful as <see cref="Strength"/> says. 1 keeps it all.
    /// </summary>
    public double Detail { get; init; } = 1;

    /// <summary>
    /// Gets the input's JPEG compression, or null. When set, the result is held only to what the JPEG file
    /// actually says (its DCT coefficients within their quantization intervals, <see cref="JpegConstraint"/>)
    /// rather than to the decoded pixels with their blocks and ringing.
    /// </summary>
    public JpegQuantization? Jpeg { get; init; }

    /// <summary>Throws when a value is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public void Validate()
    {
        if (!(this.Strength >= 0 && this.Strength <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(this.Strength), this.Strength, "The fidelity must be between 0 and 1.");
        }

        if (!(this.Detail >= 0 && this.Detail <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(this.Detail), this.Detail, "The detail must be between 0 and 1.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(this.Iterations, 1, nameof(this.Iterations));
    }
}
