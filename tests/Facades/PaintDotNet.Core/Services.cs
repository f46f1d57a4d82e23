// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

// Facades of the host services the plugin asks for (PaintDotNet.Core.dll): IClipboardService with
// ClipboardExtensions.SetImage, IDxgiAdapterService2 with SafeDxgiAdapter.GetEnumAdapterIndex (new in 5.1.9),
// and IExceptionDialogService. Tests implement the service interfaces themselves.
using System;
using System.Windows.Forms;
using PaintDotNet.Clipboard;
using PaintDotNet.Dxgi;
using PaintDotNet.Imaging;
using PaintDotNet.Interop;

namespace PaintDotNet.AppModel
{
    public interface IClipboardService : IClipboard, IInternalImpl
    {
    }

    public interface IDxgiAdapterService : IInternalImpl
    {
    }

    public interface IDxgiAdapterService2 : IDxgiAdapterService, IInternalImpl
    {
        SafeDxgiAdapter GetRenderingAdapter();
    }

    public interface IExceptionDialogService : IInternalImpl
    {
        void ShowErrorDialog(IWin32Window? owner, string? message, string detailsText);
    }
}

namespace PaintDotNet.Clipboard
{
    public static class ClipboardExtensions
    {
        public static void SetImage(this IClipboard clipboard, IBitmapSource source)
        {
            // Facade only: a test clipboard records the image; Paint.NET's puts it on the Windows clipboard.
            if (clipboard is not IClipboardImageSink sink)
            {
                throw new NotSupportedException("The facade clipboard needs an IClipboardImageSink.");
            }

            sink.SetImage(source);
        }
    }

    /// <summary>Facade-only hook (internal, for tests): receives what SetImage would put on the clipboard.</summary>
    internal interface IClipboardImageSink
    {
        void SetImage(IBitmapSource source);
    }
}

namespace PaintDotNet.Dxgi
{
    public sealed class SafeDxgiAdapter : SafeComObject, IDisposable
    {
        private readonly int enumAdapterIndex;

        internal SafeDxgiAdapter(int enumAdapterIndex) => this.enumAdapterIndex = enumAdapterIndex;

        public int GetEnumAdapterIndex(DxgiGpuPreference gpuPreference = DxgiGpuPreference.Unspecified) => this.enumAdapterIndex;
    }
}
