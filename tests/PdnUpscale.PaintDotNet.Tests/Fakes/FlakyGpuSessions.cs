// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Inference;
using PdnUpscale.Core.Models;

namespace PdnUpscale.PaintDotNet.Tests.Fakes;

/// <summary>
/// Stands in for DirectML on a machine without it: GPU requests run the real model on the CPU but report
/// "DirectML", and the first <paramref name="gpuFailures"/> runs on them fail with <paramref name="failure"/>,
/// as Core's ONNX Runtime session translates DirectML's errors (Core's tests check that translation on the
/// runtime's own messages).
/// </summary>
internal sealed class FlakyGpuSessions(int gpuFailures, Func<Exception> failure) : ITileSessionFactory
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

        return new RenamedSession(this.inner.GetSession(model, DeviceKind.Cpu, precision, inputWidth, inputHeight), this);
    }

    public DeviceKind Resolve(DeviceKind requested) => requested == DeviceKind.Cpu ? DeviceKind.Cpu : DeviceKind.DirectML;

    public void Evict(ModelDescriptor model)
    {
        this.Evictions++;
        this.inner.Evict(model);
    }

    public void Dispose() => this.inner.Dispose();

    private void FailIfDue()
    {
        if (this.failuresLeft > 0)
        {
            this.failuresLeft--;
            throw failure();
        }
    }

    private sealed class RenamedSession(ITileSession inner, FlakyGpuSessions owner) : ITileSession
    {
        public int InputWidth => inner.InputWidth;

        public int InputHeight => inner.InputHeight;

        public int OutputWidth => inner.OutputWidth;

        public int OutputHeight => inner.OutputHeight;

        public string DeviceName => "DirectML";

        public Span<float> Input => inner.Input;

        public ReadOnlySpan<float> Output => inner.Output;

        public void Run(CancellationToken cancellationToken)
        {
            owner.FailIfDue();
            inner.Run(cancellationToken);
        }

        public void Dispose()
        {
            // The inner factory owns the session.
        }
    }
}
