// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Inference;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Pipeline;

namespace PdnUpscale.PaintDotNet.Tests.Fakes;

/// <summary>
/// Stands in for DirectML on a machine without it: GPU requests run the real model on the CPU but report
/// "DirectML", and the first <paramref name="gpuFailures"/> of them fail the way a removed device does.
/// </summary>
internal sealed class FlakyGpuSessions(int gpuFailures) : ITileSessionFactory
{
    private readonly OnnxTileSessionFactory inner = new(2, null);
    private int failuresLeft = gpuFailures;

    public List<(DeviceKind Device, int Width, int Height)> Requests { get; } = [];

    public int Evictions { get; private set; }

    public ITileSession GetSession(ModelDescriptor model, DeviceKind device, InferencePrecision precision, int inputWidth, int inputHeight)
    {
        this.Requests.Add((device, inputWidth, inputHeight));
        if (device == DeviceKind.Cpu)
        {
            return this.inner.GetSession(model, DeviceKind.Cpu, precision, inputWidth, inputHeight);
        }

        if (this.failuresLeft > 0)
        {
            this.failuresLeft--;
            throw new ModelException("DirectML: the GPU device instance has been suspended (887A0005).");
        }

        return new RenamedSession(this.inner.GetSession(model, DeviceKind.Cpu, precision, inputWidth, inputHeight));
    }

    public void Evict(ModelDescriptor model)
    {
        this.Evictions++;
        this.inner.Evict(model);
    }

    public void Dispose() => this.inner.Dispose();

    private sealed class RenamedSession(ITileSession inner) : ITileSession
    {
        public int InputWidth => inner.InputWidth;

        public int InputHeight => inner.InputHeight;

        public int OutputWidth => inner.OutputWidth;

        public int OutputHeight => inner.OutputHeight;

        public string DeviceName => "DirectML";

        public Span<float> Input => inner.Input;

        public ReadOnlySpan<float> Output => inner.Output;

        public void Run(CancellationToken cancellationToken) => inner.Run(cancellationToken);

        public void Dispose()
        {
            // The inner factory owns the session.
        }
    }
}
