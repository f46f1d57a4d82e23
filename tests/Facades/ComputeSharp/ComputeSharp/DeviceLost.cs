// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace ComputeSharp;

/// <summary>Why a device was lost; the values are the DXGI error codes, as in the real package.</summary>
public enum DeviceLostReason
{
    /// <summary>DXGI_ERROR_DEVICE_HUNG: badly formed commands.</summary>
    DeviceHung = unchecked((int)0x887A0006),

    /// <summary>DXGI_ERROR_DEVICE_REMOVED: the adapter was removed or its driver updated.</summary>
    DeviceRemoved = unchecked((int)0x887A0005),

    /// <summary>DXGI_ERROR_DEVICE_RESET: a badly formed command at run time.</summary>
    DeviceReset = unchecked((int)0x887A0007),

    /// <summary>DXGI_ERROR_DRIVER_INTERNAL_ERROR.</summary>
    DriverInternalError = unchecked((int)0x887A0020),

    /// <summary>DXGI_ERROR_INVALID_CALL.</summary>
    InvalidCall = unchecked((int)0x887A0001),

    /// <summary>DXGI_ERROR_ACCESS_DENIED.</summary>
    AccessDenied = unchecked((int)0x887A002B),

    /// <summary>E_FAIL: an unspecified reason.</summary>
    UnspecifiedError = unchecked((int)0x80004005),
}

/// <summary>The arguments of <see cref="GraphicsDevice.DeviceLost"/>.</summary>
public sealed class DeviceLostEventArgs : EventArgs
{
    /// <summary>Initializes a new instance of the <see cref="DeviceLostEventArgs"/> class.</summary>
    /// <param name="reason">Why the device was lost.</param>
    internal DeviceLostEventArgs(DeviceLostReason reason) => this.Reason = reason;

    /// <summary>Gets the reason that caused the device to be lost.</summary>
    public DeviceLostReason Reason { get; }
}
