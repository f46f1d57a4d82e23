// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using ComputeSharp;

namespace PdnUpscale.Gpu;

/// <summary>
/// The ComputeSharp device the GPU stages of one host share, created on first use, and their common
/// fallback switch: the first ComputeSharp failure (no D3D12, device lost, out of memory, …) is reported as
/// one warning line and every stage uses its CPU twin from then on.
/// </summary>
internal sealed class GpuDevice
{
    private readonly Func<GraphicsDevice> create;
    private readonly Action<string>? warning;
    private readonly object gate = new();
    private GraphicsDevice? device;
    private bool failed;

    /// <summary>Initializes a new instance of the <see cref="GpuDevice"/> class.</summary>
    /// <param name="create">Creates (or picks) the ComputeSharp device; may throw.</param>
    /// <param name="warning">Receives the single fallback line, or null.</param>
    public GpuDevice(Func<GraphicsDevice> create, Action<string>? warning)
    {
        this.create = create;
        this.warning = warning;
    }

    /// <summary>Gets the device, or null once the GPU path has failed.</summary>
    /// <returns>The device, or null to use the CPU stages.</returns>
    public GraphicsDevice? TryGet()
    {
        lock (this.gate)
        {
            if (this.failed)
            {
                return null;
            }

            try
            {
                return this.device ??= this.create();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                this.FailLocked(e);
                return null;
            }
        }
    }

    /// <summary>Switches every stage to the CPU, reporting the cause once.</summary>
    /// <param name="cause">The ComputeSharp failure.</param>
    public void Fail(Exception cause)
    {
        lock (this.gate)
        {
            this.FailLocked(cause);
        }
    }

    private void FailLocked(Exception cause)
    {
        if (!this.failed)
        {
            this.failed = true;
            this.warning?.Invoke($"GPU stages unavailable ({cause.GetType().Name}: {cause.Message}); using the CPU stages.");
        }
    }
}
