// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Windows.Forms;
using PaintDotNet.AppModel;
using PaintDotNet.Clipboard;
using PaintDotNet.Dxgi;
using PaintDotNet.Effects;
using PaintDotNet.Imaging;
using PaintDotNet.Rendering;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.PaintDotNet.Tests.Fakes;

/// <summary>The effect's environment: one document whose current layer is <see cref="Layer"/>.</summary>
internal sealed class FakeEnvironment(Bgra32Image layer) : FakeObject, IBitmapEffectEnvironment, IFacadeSourceProvider
{
    public Bgra32Image Layer => layer;

    public IBitmapEffectDocumentInfo Document => new FakeDocument(new SizeInt32(layer.Width, layer.Height));

    IEffectDocumentInfo IEffectEnvironment.Document => this.Document;

    public IImagingFactory ImagingFactory { get; } = new FakeImagingFactory();

    public IEffectInputBitmap<ColorBgra32> GetSourceBitmapBgra32() => new FakeBitmap(layer);

    private sealed class FakeDocument(SizeInt32 size) : FakeObject, IBitmapEffectDocumentInfo
    {
        public SizeInt32 Size => size;
    }
}

/// <summary>Paint.NET's services: a recording clipboard, a GPU adapter index and a recording error dialog.</summary>
internal sealed class FakeServices : IServiceProvider
{
    public FakeClipboard Clipboard { get; } = new();

    public List<string> Dialogs { get; } = [];

    public int AdapterIndex { get; init; } = 1;

    public object? GetService(Type serviceType)
        => serviceType == typeof(IClipboardService) ? this.Clipboard
        : serviceType == typeof(IDxgiAdapterService2) ? new FakeDxgi(this.AdapterIndex)
        : serviceType == typeof(IExceptionDialogService) ? new FakeDialogs(this.Dialogs)
        : null;

    private sealed class FakeDxgi(int index) : IDxgiAdapterService2
    {
        public SafeDxgiAdapter GetRenderingAdapter() => new(index);
    }

    private sealed class FakeDialogs(List<string> shown) : IExceptionDialogService
    {
        public void ShowErrorDialog(IWin32Window? owner, string? message, string detailsText) => shown.Add(message ?? string.Empty);
    }
}

/// <summary>Keeps a copy of every image put on the clipboard.</summary>
internal sealed class FakeClipboard : IClipboardService, IClipboardImageSink
{
    public List<Bgra32Image> Images { get; } = [];

    /// <summary>Gets or sets what SetImage throws, as Windows' clipboard does while another program holds it.</summary>
    public Exception? Failure { get; set; }

    public unsafe void SetImage(IBitmapSource source)
    {
        if (this.Failure is not null)
        {
            throw this.Failure;
        }

        Bgra32Image copy = Bgra32Image.Allocate(source.Size.Width, source.Size.Height);
        source.CopyPixels((void*)copy.Scan0, copy.Stride, (uint)copy.ByteCount, null);
        this.Images.Add(copy);
    }
}
