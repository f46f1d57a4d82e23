// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

// Facades of PaintDotNet.Interop.SafeComObject and PaintDotNet.Dxgi.DxgiGpuPreference (PaintDotNet.Windows.dll).
using System;
using Microsoft.Win32.SafeHandles;

namespace PaintDotNet.Interop
{
    public class SafeComObject : SafeHandleZeroOrMinusOneIsInvalid, IDisposable
    {
        // apidocs 5.1.9 lists no constructor; the facade of PaintDotNet.Core derives SafeDxgiAdapter from it.
        internal SafeComObject()
            : base(ownsHandle: true)
        {
        }

        protected override bool ReleaseHandle() => true;
    }
}

namespace PaintDotNet.Dxgi
{
    public enum DxgiGpuPreference
    {
        Unspecified = 0,
        MinimumPower = 1,
        HighPerformance = 2,
    }
}
