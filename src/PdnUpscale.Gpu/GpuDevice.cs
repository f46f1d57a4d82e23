// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.ComponentModel;
using ComputeSharp;

namespace PdnUpscale.Gpu;

/// <summary>
/// The ComputeSharp device the GPU stages of one host share, created on first use, and their common
/// fallback switch: the first ComputeSharp failure (no D3D12, device lost, out of memory, …) is reported as
/// one warning line and every stage uses its CPU twin from then on. A lost device is also disposed, because
/// ComputeSharp keeps returning its cached default device, lost or not, until that device is disposed: the
/// next stages a host creates then get a new device instead of failing again.
/// </summary>
internal sealed class GpuDevice
{
    // The HRESULTs ComputeSharp treats as a lost device (DXGI_ERROR_DEVICE_HUNG, _REMOVED, _RESET,
    // _DRIVER_INTERNAL_ERROR, _INVALID_CALL, _ACCESS_DENIED); a failed HRESULT arrives as a Win32Exception.
    private static readonly int[] DeviceLostCodes = [unchecked((int)0x887A0006), unchecked((int)0x887A0005), unchecked((int)0x887A0007), unchecked((int)0x887A0020), unchecked((int)0x887A0001), unchecked((int)0x887A002B)];

    private readonly Func<GraphicsDevice> create;
    private readonly Action<string>? warning;
    private readonly object gate = new();
    private GraphicsDevice? device;
    private volatile bool lost;
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
            if (this.lost)
            {
                this.FailLocked(new InvalidOperationException("The GPU device was lost."));
            }

            if (this.failed)
            {
                return null;
            }

            try
            {
                if (this.device is null)
                {
                    GraphicsDevice created = this.create();
                    created.DeviceLost += this.OnDeviceLost;
                    this.device = created;
                }

                return this.device;
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
            if (cause is Win32Exception { NativeErrorCode: int code } && DeviceLostCodes.Contains(code))
            {
                this.lost = true;
            }

            this.FailLocked(cause);
        }
    }

    /// <summary>Gets the one warning line for a switch to the CPU stages.</summary>
    /// <param name="cause">The ComputeSharp failure.</param>
    /// <returns>The line.</returns>
    public static string FallbackLine(Exception cause) => $"GPU stages unavailable ({cause.GetType().Name}: {cause.Message}); using the CPU stages.";

    // Raised on a thread pool thread, possibly after a job already failed on the lost device: the device is
    // disposed now if the stages have switched to the CPU, else the next use reports it on the host's thread.
    private void OnDeviceLost(object? sender, DeviceLostEventArgs e)
    {
        lock (this.gate)
        {
            this.lost = true;
            if (this.failed)
            {
                this.DisposeLostDevice();
            }
        }
    }

    private void FailLocked(Exception cause)
    {
        if (!this.failed)
        {
            this.failed = true;
            this.warning?.Invoke(FallbackLine(cause));
        }

        if (this.lost)
        {
            this.DisposeLostDevice();
        }
    }

    private void DisposeLostDevice()
    {
        if (this.device is { } lostDevice)
        {
            // ComputeSharp releases the device once the resources still open on it are disposed, and only
            // then stops handing it out from GraphicsDevice.GetDefault.
            this.device = null;
            lostDevice.DeviceLost -= this.OnDeviceLost;
            lostDevice.Dispose();
        }
    }
}
