// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Fidelity;

/// <summary>
/// The per-pixel arithmetic of back-projection as static scalar functions, so a GPU shader can share it
/// (the same rule as <see cref="Imaging.PixelMath"/>): the residual update and the correction.
/// </summary>
public static class FidelityMath
{
    /// <summary>
    /// One back-projection update on the input grid: the input minus the shrunk current result, weighted by the
    /// input's opacity so colour hidden under transparent pixels pulls on nothing.
    /// </summary>
    /// <param name="input">The input value.</param>
    /// <param name="shrunk">The shrunk current result at the same pixel.</param>
    /// <param name="opacity">The input's alpha, 0..1.</param>
    /// <returns>The correction to add to the accumulated residual.</returns>
    public static float Residual(float input, float shrunk, float opacity) => (input - shrunk) * opacity;

    /// <summary>Applies the enlarged correction to the model's output with the fidelity strength.</summary>
    /// <param name="model">The model's output value.</param>
    /// <param name="correction">The enlarged accumulated residual.</param>
    /// <param name="strength">The fidelity, 0..1.</param>
    /// <returns>The corrected value (not clamped).</returns>
    public static float Correct(float model, float correction, float strength) => model + (strength * correction);
}
