// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using Google.Protobuf;
using Microsoft.ML.OnnxRuntime;
using PdnUpscale.Core.Errors;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Models.Onnx;
using PdnUpscale.Core.Models.Onnx.Proto;

namespace PdnUpscale.Core.Inference;

/// <summary>
/// Opens ONNX Runtime sessions with every free input dimension fixed to the tile shape (static shapes let
/// the runtime plan memory once and let DirectML compile its graph), and caches them per (model, device,
/// tile shape). DirectML is used only where <see cref="OrtEnv.GetAvailableProviders"/> reports it.
/// </summary>
public sealed class OnnxTileSessionFactory : ITileSessionFactory
{
    private const string DirectMLProvider = "DmlExecutionProvider";
    private readonly Dictionary<(string Path, DeviceKind Device, bool Int8, int Width, int Height), OnnxTileSession> cache = [];
    private readonly int threads;
    private readonly Action<string>? warning;
    private readonly HashSet<string> warned = new(StringComparer.Ordinal);
    private bool warnedFallback;

    /// <summary>Initializes a new instance of the <see cref="OnnxTileSessionFactory"/> class.</summary>
    /// <param name="threads">The intra-op thread count (the number of cores).</param>
    /// <param name="warning">Receives the one-line device fallback warning, or null.</param>
    public OnnxTileSessionFactory(int threads, Action<string>? warning)
    {
        this.threads = Math.Max(1, threads);
        this.warning = warning;
    }

    /// <summary>
    /// Gets the DirectML device id (the DXGI adapter enumeration index) sessions run on; 0, the default
    /// adapter, unless a host knows better (Paint.NET reports the adapter it renders with).
    /// </summary>
    public int DirectMLDeviceId { get; init; }

    /// <inheritdoc/>
    public ITileSession GetSession(ModelDescriptor model, DeviceKind device, InferencePrecision precision, int inputWidth, int inputHeight)
    {
        ArgumentNullException.ThrowIfNull(model);
        string path = model.OnnxPath ?? throw new UpscaleException(UpscaleErrorKind.Model, $"The model '{model.Id}' is not installed (no ONNX file).");
        if (!File.Exists(path))
        {
            throw new UpscaleException(UpscaleErrorKind.Model, $"The model file '{path}' does not exist.");
        }

        bool useDml = this.ResolveDirectML(device);
        DeviceKind resolved = useDml ? DeviceKind.DirectML : DeviceKind.Cpu;
        bool int8 = Int8Support.UseInt8(precision, model, !useDml, this.WarnOnce);
        var key = (Path.GetFullPath(path), resolved, int8, inputWidth, inputHeight);
        if (!this.cache.TryGetValue(key, out OnnxTileSession? session))
        {
            session = this.Open(model, path, useDml, int8, inputWidth, inputHeight);
            this.cache[key] = session;
        }

        return session;
    }

    /// <inheritdoc/>
    public DeviceKind Resolve(DeviceKind requested) => this.ResolveDirectML(requested) ? DeviceKind.DirectML : DeviceKind.Cpu;

    /// <inheritdoc/>
    public void Evict(ModelDescriptor model)
    {
        ArgumentNullException.ThrowIfNull(model);
        string? path = model.OnnxPath is null ? null : Path.GetFullPath(model.OnnxPath);
        foreach (var key in this.cache.Keys.Where(k => k.Path == path).ToList())
        {
            this.cache[key].Dispose();
            this.cache.Remove(key);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (OnnxTileSession session in this.cache.Values)
        {
            session.Dispose();
        }

        this.cache.Clear();
    }

    private void WarnOnce(string message)
    {
        if (this.warned.Add(message))
        {
            this.warning?.Invoke(message);
        }
    }

    private bool ResolveDirectML(DeviceKind device)
    {
        if (device == DeviceKind.Cpu)
        {
            return false;
        }

        bool available = OrtEnv.Instance().GetAvailableProviders().Contains(DirectMLProvider);
        if (!available && device == DeviceKind.DirectML && !this.warnedFallback)
        {
            this.warnedFallback = true;
            this.warning?.Invoke("DirectML is not available in this ONNX Runtime build; running on the CPU.");
        }

        return available;
    }

    private OnnxTileSession Open(ModelDescriptor model, string path, bool useDml, bool int8, int inputWidth, int inputHeight)
    {
        ModelGeometry g = model.Geometry;
        int outputWidth = (inputWidth - (2 * g.Border)) * g.Scale;
        int outputHeight = (inputHeight - (2 * g.Border)) * g.Scale;
        try
        {
            using SessionOptions options = this.CreateOptions(path, useDml, inputWidth, inputHeight);
            byte[]? rewritten = useDml ? null : RewriteForCpu(path, int8 ? model.Int8Calibration : null);
            var session = rewritten is null ? new InferenceSession(path, options) : new InferenceSession(rewritten, options);
            CheckShape(session, path, outputWidth, outputHeight);
            // A file that cannot be rewritten (external weights, not a protobuf) loads as it is, in fp32.
            string deviceName = useDml ? "DirectML" : int8 && rewritten is not null ? "CPU (int8)" : "CPU";
            return new OnnxTileSession(session, path, deviceName, inputWidth, inputHeight, outputWidth, outputHeight);
        }
        catch (OnnxRuntimeException ex)
        {
            throw new UpscaleException(UpscaleErrorKind.Model, $"The model file '{path}' could not be loaded: {FirstLine(ex.Message)}", ex);
        }
        catch (InvalidDataException ex)
        {
            throw new UpscaleException(UpscaleErrorKind.Model, $"The model file '{path}' could not be quantized to int8: {ex.Message}", ex);
        }
    }

    private SessionOptions CreateOptions(string path, bool useDml, int inputWidth, int inputHeight)
    {
        var options = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            IntraOpNumThreads = this.threads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,

            // Without the arena, each run's activations go back to the system when the run ends, instead of
            // staying in an arena that grows by doubling: peak memory is one tile's working set, not twice it.
            EnableCpuMemArena = false,
        };
        foreach ((string name, long value) in OnnxModelProbe.FreeDimensions(path, inputWidth, inputHeight))
        {
            options.AddFreeDimensionOverrideByName(name, value);
        }

        if (useDml)
        {
            // DirectML requires both; see the DirectML execution provider documentation.
            options.EnableMemoryPattern = false;
            options.ExecutionMode = ExecutionMode.ORT_SEQUENTIAL;
            options.AppendExecutionProvider_DML(this.DirectMLDeviceId);
        }

        return options;
    }

    /// <summary>
    /// The model as the CPU provider runs it fastest, with per-channel PRelu rewritten (<see cref="PReluRewriter"/>)
    /// and, with a calibration, in int8 QDQ form (<see cref="Int8Quantizer"/>); null to load the file as it is:
    /// nothing to rewrite, weights in external files (which load relative to the file), or not a protobuf at all
    /// (ONNX Runtime then says what is wrong with it).
    /// </summary>
    private static byte[]? RewriteForCpu(string path, Int8Calibration? int8)
    {
        ModelProto model;
        try
        {
            using FileStream stream = File.OpenRead(path);
            model = ModelProto.Parser.ParseFrom(stream);
        }
        catch (InvalidProtocolBufferException)
        {
            return null;
        }

        bool external = model.Graph?.Initializer.Any(t => t.ExternalData.Count > 0) ?? true;
        if (external)
        {
            return null;
        }

        if (int8 is not null)
        {
            Int8Quantizer.Quantize(model, int8);
            return model.ToByteArray();
        }

        return PReluRewriter.Rewrite(model) > 0 ? model.ToByteArray() : null;
    }

    private static void CheckShape(InferenceSession session, string path, int outputWidth, int outputHeight)
    {
        int[] dims = session.OutputMetadata[session.OutputNames[0]].Dimensions;
        bool fixedShape = dims.Length == 4 && dims[2] > 0 && dims[3] > 0;
        if (dims.Length != 4 || (fixedShape && (dims[2] != outputHeight || dims[3] != outputWidth)))
        {
            session.Dispose();
            throw new UpscaleException(UpscaleErrorKind.Model, $"The model file '{path}' does not produce the 1×3×{outputHeight}×{outputWidth} output its catalog entry implies.");
        }
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
