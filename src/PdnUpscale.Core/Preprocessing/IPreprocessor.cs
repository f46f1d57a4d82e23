// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Tiling;

namespace PdnUpscale.Core.Preprocessing;

/// <summary>
/// The preprocess stage: BGRA8 source regions → planar float RGB NCHW model input tiles, reflect-padded at
/// the image border, with colour bled into fully transparent pixels. CPU in Core, ComputeSharp on Windows.
/// </summary>
public interface IPreprocessor
{
    /// <summary>
    /// Starts preprocessing one image: does the whole-image work (colour bleeding) once, so that each tile
    /// afterwards is a pure gather and tiles stay exact.
    /// </summary>
    /// <param name="source">The source image; it is not modified and must outlive the job.</param>
    /// <param name="settings">The model's input conventions and the bleed passes.</param>
    /// <param name="cancellationToken">Checked per row of every whole-image pass (bleeding can take many).</param>
    /// <returns>The job that writes tiles.</returns>
    /// <exception cref="OperationCanceledException">The preprocessing was cancelled; nothing is left allocated.</exception>
    IPreprocessJob Begin(Bgra32Image source, PreprocessSettings settings, CancellationToken cancellationToken = default);
}

/// <summary>A preprocessing job over one image, created by <see cref="IPreprocessor.Begin"/>.</summary>
public interface IPreprocessJob : IDisposable
{
    /// <summary>Writes one tile's model input.</summary>
    /// <param name="source">The tile's input rectangle in source coordinates (may extend past the image).</param>
    /// <param name="destination">The NCHW buffer, 3 × height × width floats of <paramref name="source"/>'s size.</param>
    void WriteTile(PixelRect source, Span<float> destination);
}
