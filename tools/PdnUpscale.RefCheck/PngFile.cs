// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Imaging;
using SkiaSharp;

namespace PdnUpscale.RefCheck;

/// <summary>
/// Minimal PNG reading and writing with SkiaSharp, private to this dev tool so that it does not depend on the
/// product's codec stage (which it helps to check).
/// </summary>
internal static class PngFile
{
    public static Bgra32Image Load(FileInfo file)
    {
        using SKCodec codec = SKCodec.Create(file.FullName)
            ?? throw new ToolException($"{file.FullName} is missing or not an image SkiaSharp can decode.");
        SKImageInfo info = new(codec.Info.Width, codec.Info.Height, SKColorType.Bgra8888, SKAlphaType.Unpremul);
        Bgra32Image image = Bgra32Image.Allocate(info.Width, info.Height);
        SKCodecResult result = codec.GetPixels(info, image.Scan0);
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            image.Dispose();
            throw new ToolException($"{file.FullName} could not be decoded ({result}).");
        }

        return image;
    }

    /// <summary>Writes next to the target and renames, so a failure leaves no partial file.</summary>
    public static void Save(Bgra32Image image, FileInfo file)
    {
        SKImageInfo info = new(image.Width, image.Height, SKColorType.Bgra8888, SKAlphaType.Unpremul);
        using SKPixmap pixmap = new(info, image.Scan0, image.Stride);
        using SKData data = pixmap.Encode(SKEncodedImageFormat.Png, 100)
            ?? throw new ToolException($"{file.FullName} could not be encoded as PNG.");
        string partial = file.FullName + ".partial";
        using (FileStream stream = File.Create(partial))
        {
            data.SaveTo(stream);
        }

        File.Move(partial, file.FullName, overwrite: true);
    }
}
