// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Errors;

namespace PdnUpscale.Core.Inference;

/// <summary>
/// The infer stage: one model bound to one device and one fixed tile shape, with its input and output
/// buffers allocated once and reused for every tile. Not thread-safe: one <see cref="Run"/> at a time.
/// </summary>
public interface ITileSession : IDisposable
{
    /// <summary>Gets the model input width (the tile shape).</summary>
    int InputWidth { get; }

    /// <summary>Gets the model input height.</summary>
    int InputHeight { get; }

    /// <summary>Gets the model output width.</summary>
    int OutputWidth { get; }

    /// <summary>Gets the model output height.</summary>
    int OutputHeight { get; }

    /// <summary>Gets the device the session runs on, e.g. <c>CPU</c> or <c>DirectML</c>.</summary>
    string DeviceName { get; }

    /// <summary>Gets the input buffer, NCHW 1 × 3 × <see cref="InputHeight"/> × <see cref="InputWidth"/>.</summary>
    Span<float> Input { get; }

    /// <summary>Gets the output buffer, NCHW 1 × 3 × <see cref="OutputHeight"/> × <see cref="OutputWidth"/>; valid after <see cref="Run"/>.</summary>
    ReadOnlySpan<float> Output { get; }

    /// <summary>Runs the model on <see cref="Input"/> into <see cref="Output"/>.</summary>
    /// <param name="cancellationToken">Cancels the run, terminating it if it is under way.</param>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    /// <exception cref="InferenceOutOfMemoryException">The device ran out of memory for this tile shape.</exception>
    /// <exception cref="UpscaleException">The model failed to run.</exception>
    void Run(CancellationToken cancellationToken);
}
