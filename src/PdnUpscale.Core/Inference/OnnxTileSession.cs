// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using Microsoft.ML.OnnxRuntime;
using PdnUpscale.Core.Errors;

namespace PdnUpscale.Core.Inference;

/// <summary>
/// An ONNX Runtime session bound to one tile shape. Its input and output tensors are OrtValues over arrays
/// pinned once for the session's life, so a tile costs no allocation and no copy beyond the model itself.
/// </summary>
internal sealed class OnnxTileSession : ITileSession
{
    private readonly InferenceSession session;
    private readonly string modelPath;
    private readonly float[] input;
    private readonly float[] output;
    private readonly OrtValue inputValue;
    private readonly OrtValue outputValue;
    private readonly string[] inputNames;
    private readonly string[] outputNames;

    /// <summary>Initializes a new instance of the <see cref="OnnxTileSession"/> class.</summary>
    /// <param name="session">The session, owned from now on.</param>
    /// <param name="modelPath">The model file, for messages.</param>
    /// <param name="deviceName">The device name.</param>
    /// <param name="inputWidth">The tile input width.</param>
    /// <param name="inputHeight">The tile input height.</param>
    /// <param name="outputWidth">The tile output width.</param>
    /// <param name="outputHeight">The tile output height.</param>
    public OnnxTileSession(InferenceSession session, string modelPath, string deviceName, int inputWidth, int inputHeight, int outputWidth, int outputHeight)
    {
        this.session = session;
        this.modelPath = modelPath;
        this.DeviceName = deviceName;
        this.InputWidth = inputWidth;
        this.InputHeight = inputHeight;
        this.OutputWidth = outputWidth;
        this.OutputHeight = outputHeight;
        this.inputNames = [session.InputNames[0]];
        this.outputNames = [session.OutputNames[0]];
        this.input = new float[3 * inputWidth * inputHeight];
        this.output = new float[3 * outputWidth * outputHeight];
        this.inputValue = OrtValue.CreateTensorValueFromMemory(this.input, [1, 3, inputHeight, inputWidth]);
        this.outputValue = OrtValue.CreateTensorValueFromMemory(this.output, [1, 3, outputHeight, outputWidth]);
    }

    /// <inheritdoc/>
    public int InputWidth { get; }

    /// <inheritdoc/>
    public int InputHeight { get; }

    /// <inheritdoc/>
    public int OutputWidth { get; }

    /// <inheritdoc/>
    public int OutputHeight { get; }

    /// <inheritdoc/>
    public string DeviceName { get; }

    /// <inheritdoc/>
    public Span<float> Input => this.input;

    /// <inheritdoc/>
    public ReadOnlySpan<float> Output => this.output;

    /// <inheritdoc/>
    public void Run(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var runOptions = new RunOptions();
        using CancellationTokenRegistration registration = cancellationToken.Register(() => runOptions.Terminate = true);
        try
        {
            this.session.Run(runOptions, this.inputNames, [this.inputValue], this.outputNames, [this.outputValue]);
        }
        catch (OnnxRuntimeException ex) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException("The upscale was cancelled.", ex, cancellationToken);
        }
        catch (OnnxRuntimeException ex)
        {
            throw Translate(ex, Path.GetFileName(this.modelPath), this.InputWidth, this.InputHeight);
        }
    }

    /// <summary>
    /// Turns what ONNX Runtime throws when a run fails into what the retry policy acts on: out of memory
    /// (a smaller tile may fit), a lost GPU (only another device helps), or any other model failure.
    /// </summary>
    /// <param name="ex">The runtime's exception.</param>
    /// <param name="model">The model file's name, for the message.</param>
    /// <param name="width">The tile input width.</param>
    /// <param name="height">The tile input height.</param>
    /// <returns>The exception to throw.</returns>
    internal static Exception Translate(OnnxRuntimeException ex, string model, int width, int height)
    {
        string message = ex.Message;
        if (DeviceLostCodes.Any(code => message.Contains(code, StringComparison.OrdinalIgnoreCase)))
        {
            return new DeviceLostException($"The GPU was lost while the model '{model}' ran ({message.Split('\n', 2)[0].Trim()}).", ex);
        }

        return OutOfMemoryWords.Any(word => message.Contains(word, StringComparison.OrdinalIgnoreCase))
            ? new InferenceOutOfMemoryException($"The model '{model}' ran out of memory on a {width}×{height} tile.", ex)
            : new UpscaleException(UpscaleErrorKind.Model, $"The model '{model}' failed to run: {message}", ex);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        this.inputValue.Dispose();
        this.outputValue.Dispose();
        this.session.Dispose();
    }

    // What the CPU provider (std::bad_alloc, its arena) and DirectML (E_OUTOFMEMORY, 8007000E) say when memory runs out.
    private static readonly string[] OutOfMemoryWords = ["bad allocation", "Failed to allocate", "out of memory", "E_OUTOFMEMORY", "8007000E"];

    // DXGI_ERROR_DEVICE_REMOVED, _DEVICE_HUNG, _DEVICE_RESET and _DRIVER_INTERNAL_ERROR: the device is gone
    // (a driver reset after a timeout, an update, a crash); every later call on it fails, whatever the tile.
    private static readonly string[] DeviceLostCodes = ["887A0005", "887A0006", "887A0007", "887A0020"];
}
