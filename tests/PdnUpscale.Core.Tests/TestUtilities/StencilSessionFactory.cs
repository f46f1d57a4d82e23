// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Inference;
using PdnUpscale.Core.Models;

namespace PdnUpscale.Core.Tests.TestUtilities;

/// <summary>Opens <see cref="StencilTileSession"/>s, one per tile shape, like the ONNX Runtime factory.</summary>
internal sealed class StencilSessionFactory(int radius, bool globalTerm = false) : ITileSessionFactory
{
    private readonly Dictionary<(int, int), StencilTileSession> sessions = [];

    public Func<int, int, Exception?>? FailWhen { get; set; }

    /// <summary>Gets or sets what a run on the simulated GPU throws (sessions asked for any device but the CPU, while <see cref="ResolvesTo"/> is a GPU).</summary>
    public Func<Exception>? GpuFailure { get; set; }

    /// <summary>Gets the (device, tile input width) of every session asked for.</summary>
    public List<(DeviceKind Device, int Width)> Requests { get; } = [];

    public Action<StencilTileSession>? BeforeRun { get; set; }

    public int Evictions { get; private set; }

    /// <summary>Gets or sets the device a non-CPU request resolves to (a GPU is simulated by <see cref="DeviceKind.DirectML"/>).</summary>
    public DeviceKind ResolvesTo { get; set; } = DeviceKind.Cpu;

    public IEnumerable<StencilTileSession> Sessions => this.sessions.Values;

    public static ModelDescriptor Model(int scale, int contextPadding, bool tileExact = true, int alignment = 1) => new()
    {
        Id = "stencil",
        Name = "Stencil",
        Geometry = new ModelGeometry { Scale = scale, ContextPadding = contextPadding, IsTileExact = tileExact, InputAlignment = alignment },
    };

    public ITileSession GetSession(ModelDescriptor model, DeviceKind device, InferencePrecision precision, int inputWidth, int inputHeight)
    {
        this.Requests.Add((device, inputWidth));
        if (this.Resolve(device) != DeviceKind.Cpu && this.GpuFailure is { } gpuFailure)
        {
            throw gpuFailure();
        }

        if (this.FailWhen?.Invoke(inputWidth, inputHeight) is Exception failure)
        {
            throw failure;
        }

        if (!this.sessions.TryGetValue((inputWidth, inputHeight), out StencilTileSession? session))
        {
            session = new StencilTileSession(inputWidth, inputHeight, radius, model.Geometry.Scale, globalTerm) { BeforeRun = this.BeforeRun };
            this.sessions[(inputWidth, inputHeight)] = session;
        }

        return session;
    }

    public DeviceKind Resolve(DeviceKind requested) => requested == DeviceKind.Cpu ? DeviceKind.Cpu : this.ResolvesTo;

    public void Evict(ModelDescriptor model)
    {
        this.Evictions++;
        this.sessions.Clear();
    }

    public void Dispose()
    {
    }
}
