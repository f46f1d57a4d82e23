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
        catch (OnnxRuntimeException ex) when (IsOutOfMemory(ex))
        {
            throw new InferenceOutOfMemoryException($"The model '{Path.GetFileName(this.modelPath)}' ran out of memory on a {this.InputWidth}×{this.InputHeight} tile.", ex);
        }
        catch (OnnxRuntimeException ex)
        {
            throw new UpscaleException(UpscaleErrorKind.Model, $"The model '{Path.GetFileName(this.modelPath)}' failed to run: {ex.Message}", ex);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        this.inputValue.Dispose();
        this.outputValue.Dispose();
        this.session.Dispose();
    }

    private static bool IsOutOfMemory(OnnxRuntimeException ex) =>
        ex.Message.Contains("bad allocation", StringComparison.OrdinalIgnoreCase)
        || ex.Message.Contains("Failed to allocate", StringComparison.OrdinalIgnoreCase)
        || ex.Message.Contains("out of memory", StringComparison.OrdinalIgnoreCase)
        || ex.Message.Contains("E_OUTOFMEMORY", StringComparison.OrdinalIgnoreCase)
        // DXGI_ERROR_DEVICE_REMOVED: usually a GPU timeout on a tile too big for the device; a smaller tile helps.
        || ex.Message.Contains("887A0005", StringComparison.OrdinalIgnoreCase);
}
