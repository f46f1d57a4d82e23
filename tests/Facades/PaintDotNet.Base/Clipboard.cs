// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

// Facade of PaintDotNet.Clipboard.IClipboard (PaintDotNet.Base.dll). Its members (Open, ...) are not used by
// the plugin, which goes through ClipboardExtensions.SetImage.
namespace PaintDotNet.Clipboard;

public interface IClipboard : IInternalImpl
{
}
