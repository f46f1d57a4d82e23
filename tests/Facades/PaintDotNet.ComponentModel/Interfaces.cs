// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

// Signatures from paintdotnet/apidocs (5.1.9): PaintDotNet.IIsDisposed, PaintDotNet.IInternalImpl and
// PaintDotNet.ComponentModel.IObjectRef live in PaintDotNet.ComponentModel.dll.
using System;

namespace PaintDotNet
{
    public interface IIsDisposed : IDisposable
    {
        bool IsDisposed { get; }
    }

    public interface IInternalImpl
    {
    }
}

namespace PaintDotNet.ComponentModel
{
    public interface IObjectRef : IIsDisposed, IDisposable
    {
        bool? TryCreateRef(Type interfaceType, out IObjectRef? newObjectRef);
    }
}
