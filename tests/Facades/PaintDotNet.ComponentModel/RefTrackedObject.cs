// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System;

namespace PaintDotNet.ComponentModel;

/// <summary>Facade of PaintDotNet.ComponentModel.RefTrackedObject: the base of every effect.</summary>
public class RefTrackedObject : IObjectRef, IIsDisposed, IDisposable
{
    public RefTrackedObject()
    {
    }

    public bool IsDisposed { get; private set; }

    public void Dispose()
    {
        if (!this.IsDisposed)
        {
            this.IsDisposed = true;
            this.Dispose(true);
            GC.SuppressFinalize(this);
        }
    }

    public bool? TryCreateRef(Type interfaceType, out IObjectRef? newObjectRef)
    {
        newObjectRef = null;
        return null;
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}
