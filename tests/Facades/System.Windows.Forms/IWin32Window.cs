// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace System.Windows.Forms;

/// <summary>Facade of Windows Forms' IWin32Window, named by IExceptionDialogService.ShowErrorDialog.</summary>
public interface IWin32Window
{
    nint Handle { get; }
}
