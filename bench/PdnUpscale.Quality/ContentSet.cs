// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Content;
using PdnUpscale.Core.Fidelity;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Resampling;
using SkiaSharp;

namespace PdnUpscale.Quality;

/// <summary>
/// The labelled set that automatic content choice is measured on, made only from what the project can ship or
/// generate: scikit-image's sample photos (crops and whole pictures, some saved as JPEG), documents and UI
/// screenshots rendered with Debian's fonts (some with photos in them), pages put through a print-and-scan
/// imitation (blur, tilt, paper tint, grain, JPEG), flat-colour drawings, logos, charts, icons and pixel art, and
/// the few skimage pictures that are text or graphics. Every generator is seeded, so the set is the same each run.
/// </summary>
public static class ContentSet
{
    private static readonly string[] PhotoNames =
    [
        "astronaut.png", "brick.png", "camera.png", "chelsea.png", "coffee.png", "coins.png", "grass.png", "gravel.png",
        "hubble_deep_field.jpg", "ihc.png", "moon.png", "motorcycle_left.png", "retina.jpg", "rocket.jpg", "clock_motion.png", "cell.png",
    ];

    private static readonly string[] Paragraph =
    [
        "The committee met on Tuesday to review the budget for the",
        "coming year. Costs for paper, ink and postage rose by 4.5%,",
        "while the number of members fell from 1,284 to 1,197. The",
        "treasurer proposed raising the annual fee to $38, payable",
        "before 31 March; the motion was carried by 22 votes to 9.",
        "Minutes of the last meeting were read and approved without",
        "change. Any other business: the library will close early",
        "on Fridays from May, and volunteers are needed for June.",
    ];

    private static readonly string[] Menu = ["File", "Edit", "View", "Image", "Layers", "Adjustments", "Effects", "Help"];

    private static readonly string[] ListItems =
    [
        "Quarterly report (final).docx", "Invoice 2026-0412.pdf", "Holiday photos", "Budget 2027.xlsx",
        "Meeting notes - 14 May.txt", "Presentation draft v3.pptx", "Contract signed.pdf", "Backup 2026-11-30.zip",
    ];

    /// <summary>Builds the whole set.</summary>
    /// <param name="skimage">The folder of scikit-image's sample data (<c>.cache/skimage/data</c>).</param>
    /// <returns>The samples; the caller disposes them.</returns>
    public static IEnumerable<ContentSample> Build(string skimage)
    {
        var decoder = new SkiaImageDecoder();
        for (int i = 0; i < PhotoNames.Length; i++)
        {
            using DecodedImage decoded = decoder.Decode(Path.Combine(skimage, PhotoNames[i]));
            string name = Path.GetFileNameWithoutExtension(PhotoNames[i]);
            Bgra32Image crop = Crop(decoded.Image, 256, 192);
            yield return new ContentSample($"photo {name} crop", ContentKind.Photo, crop, DownscaleKernel.Bicubic);
            yield return new ContentSample($"photo {name} whole", ContentKind.Photo, Fit(decoded.Image, 320), DownscaleKernel.Bicubic);
            if (i % 2 == 0)
            {
                using Bgra32Image fitted = Fit(decoded.Image, 288);
                yield return new ContentSample($"photo {name} jpeg q40", ContentKind.Photo, Jpeg(fitted, 40), DownscaleKernel.Bicubic);
            }
        }

        string[] fonts = SampleSets.Fonts;
        int[] sizes = [8, 10, 12, 16];
        (SKColor Ink, SKColor Paper)[] colours = [(SKColors.Black, SKColors.White), (new(40, 40, 60), new(250, 245, 230)), (new(230, 230, 230), new(30, 34, 48))];
        for (int i = 0; i < 12; i++)
        {
            (SKColor ink, SKColor paper) = colours[i % colours.Length];
            string[] lines = Paragraph[..(3 + (i % 6))];
            string text = string.Join('\n', lines);
            Bgra32Image page = Document(lines, fonts[i % fonts.Length], sizes[i % sizes.Length] * 3, ink, paper);
            Bgra32Image small = Resampler.Resize(page, page.Width / 3, page.Height / 3, ResampleFilter.Box, Environment.ProcessorCount);
            page.Dispose();
            yield return new ContentSample($"document {lines.Length} lines {sizes[i % sizes.Length]}px {Path.GetFileNameWithoutExtension(fonts[i % fonts.Length])}{(i % 3 == 2 ? " dark" : string.Empty)}", ContentKind.Text, small, DownscaleKernel.Area, ink == SKColors.Black ? text : null);
        }

        for (int i = 0; i < 12; i++)
        {
            // Single lines as the quality harness renders them (a caption, a label, a line cut from a page).
            int size = FullSets.TextSizes[i % FullSets.TextSizes.Length];
            using QualitySample line = SampleSets.Text(SampleSets.Lines[i % SampleSets.Lines.Length], fonts[i / 3], size, 3);
            yield return new ContentSample($"line {size}px {Path.GetFileNameWithoutExtension(fonts[i / 3])}", ContentKind.Text, line.InputFor(3), DownscaleKernel.Area, line.Text);
            if (i % 2 == 0)
            {
                // Saved as JPEG 50, as the harness's JPEG text set makes them.
                QualitySample compressed = line with { JpegQuality = 50 }; // shares the line's truth, disposed with it
                yield return new ContentSample($"line {size}px {Path.GetFileNameWithoutExtension(fonts[i / 3])} jpeg q50", ContentKind.Text, compressed.InputFor(3), DownscaleKernel.Area, line.Text);
            }
        }

        for (int i = 0; i < 8; i++)
        {
            yield return new ContentSample($"scan {i + 1}{(i % 2 == 1 ? " jpeg q60" : string.Empty)}", ContentKind.Text, Scan(fonts[i % fonts.Length], 10 + (2 * (i % 3)), i), DownscaleKernel.Area);
        }

        for (int i = 0; i < 8; i++)
        {
            bool withPhoto = i % 2 == 1;
            using DecodedImage photo = decoder.Decode(Path.Combine(skimage, PhotoNames[(i * 3) % PhotoNames.Length]));
            yield return new ContentSample($"screenshot {i + 1}{(withPhoto ? " with photo" : string.Empty)}", ContentKind.Text, Screenshot(fonts[i % fonts.Length], 11 + (i % 3), withPhoto ? photo.Image : null, i), DownscaleKernel.Bicubic);
        }

        yield return FromFile(decoder, skimage, "page.png", "page (real scan)", ContentKind.Text, DownscaleKernel.Area);
        yield return FromFile(decoder, skimage, "bw_text.png", "bw_text", ContentKind.Text, DownscaleKernel.Area);
        yield return FromFile(decoder, skimage, "text.png", "text (photographed sign)", ContentKind.Text, DownscaleKernel.Area);

        for (int seed = 1; seed <= 8; seed++)
        {
            using QualitySample art = SampleSets.Art(seed);
            yield return new ContentSample($"line art {seed}", ContentKind.Art, art.Truth.Clone(), DownscaleKernel.Bicubic);
        }

        for (int i = 0; i < 4; i++)
        {
            yield return new ContentSample($"logo {i + 1}", ContentKind.Art, Logo(fonts[i], i), DownscaleKernel.Bicubic);
            yield return new ContentSample($"chart {i + 1}", ContentKind.Art, Chart(fonts[i], i), DownscaleKernel.Bicubic);
        }

        yield return new ContentSample("icons", ContentKind.Art, Icons(1), DownscaleKernel.Bicubic);
        using (Bgra32Image icons = Icons(2))
        {
            yield return new ContentSample("icons jpeg q70", ContentKind.Art, Jpeg(icons, 70), DownscaleKernel.Bicubic);
        }

        yield return new ContentSample("pixel art", ContentKind.Art, PixelArt(3), DownscaleKernel.Bicubic);
        yield return new ContentSample("gradient shapes", ContentKind.Art, GradientArt(4), DownscaleKernel.Bicubic);
        yield return FromFile(decoder, skimage, "logo.png", "skimage logo", ContentKind.Art, DownscaleKernel.Bicubic);
        yield return FromFile(decoder, skimage, "horse.png", "horse silhouette", ContentKind.Art, DownscaleKernel.Bicubic);
        yield return FromFile(decoder, skimage, "color.png", "colour wheel", ContentKind.Art, DownscaleKernel.Bicubic);
    }

    private static ContentSample FromFile(SkiaImageDecoder decoder, string folder, string file, string name, ContentKind kind, DownscaleKernel shrink)
    {
        using DecodedImage decoded = decoder.Decode(Path.Combine(folder, file));
        return new ContentSample(name, kind, Opaque(decoded.Image), shrink);
    }

    /// <summary>Composites any transparency over white, as the picture would be shown.</summary>
    private static Bgra32Image Opaque(Bgra32Image image)
    {
        Bgra32Image result = image.Clone();
        for (int y = 0; y < result.Height; y++)
        {
            Span<byte> row = result.GetRow(y);
            for (int x = 0; x < result.Width; x++)
            {
                int a = row[(x * 4) + 3];
                for (int c = 0; c < 3; c++)
                {
                    row[(x * 4) + c] = (byte)(((row[(x * 4) + c] * a) + (255 * (255 - a)) + 127) / 255);
                }

                row[(x * 4) + 3] = 255;
            }
        }

        return result;
    }

    private static Bgra32Image Crop(Bgra32Image source, int width, int height)
    {
        width = Math.Min(width, source.Width);
        height = Math.Min(height, source.Height);
        Bgra32Image crop = Bgra32Image.Allocate(width, height);
        int left = (source.Width - width) / 2, top = (source.Height - height) / 2;
        for (int y = 0; y < height; y++)
        {
            source.GetRow(top + y).Slice(left * 4, width * 4).CopyTo(crop.GetRow(y));
        }

        return crop;
    }

    private static Bgra32Image Fit(Bgra32Image source, int longSide)
    {
        double f = Math.Min(1, (double)longSide / Math.Max(source.Width, source.Height));
        return Resampler.Resize(source, Math.Max(1, (int)Math.Round(source.Width * f)), Math.Max(1, (int)Math.Round(source.Height * f)), ResampleFilter.CatmullRom, Environment.ProcessorCount);
    }

    /// <summary>Saves as JPEG at a quality and decodes again.</summary>
    private static Bgra32Image Jpeg(Bgra32Image image, int quality)
    {
        using DecodedImage decoded = JpegFile.RoundTrip(image, quality);
        return decoded.Image.Clone();
    }

    private static Bgra32Image Document(string[] lines, string font, float size, SKColor ink, SKColor paper)
    {
        using SKTypeface typeface = SKTypeface.FromFile(font);
        using var skFont = new SKFont(typeface, size);
        float lineHeight = size * 1.4f;
        int width = (int)(lines.Max(l => skFont.MeasureText(l)) + (4 * size));
        int height = (int)((lines.Length * lineHeight) + (3 * size));
        width += (3 - (width % 3)) % 3;
        height += (3 - (height % 3)) % 3;
        using var paint = new SKPaint { Color = ink, IsAntialias = true };
        return SkiaCanvasImage.Draw(width, height, canvas =>
        {
            canvas.Clear(paper);
            for (int i = 0; i < lines.Length; i++)
            {
                canvas.DrawText(lines[i], 2 * size, (1.5f * size) + ((i + 0.8f) * lineHeight), SKTextAlign.Left, skFont, paint);
            }
        });
    }

    /// <summary>A printed page as a scanner or phone would bring it: drawn at 3×, tilted, blurred, tinted, grainy, shrunk by area, maybe JPEG.</summary>
    private static Bgra32Image Scan(string font, int size, int seed)
    {
        var random = new Random(seed);
        using SKTypeface typeface = SKTypeface.FromFile(font);
        using var skFont = new SKFont(typeface, size * 3);
        float lineHeight = size * 3 * 1.35f;
        string[] lines = Paragraph;
        int width = (int)(lines.Max(l => skFont.MeasureText(l)) + (6 * size * 3));
        int height = (int)((lines.Length * lineHeight) + (6 * size * 3));
        width -= width % 3;
        height -= height % 3;
        float tilt = (float)((random.NextDouble() * 4) - 2);
        SKColor paper = new((byte)random.Next(225, 250), (byte)random.Next(220, 245), (byte)random.Next(195, 230));
        using var paint = new SKPaint { Color = new SKColor(25, 25, 35), IsAntialias = true, ImageFilter = SKImageFilter.CreateBlur(1.2f + (float)random.NextDouble(), 1.2f + (float)random.NextDouble()) };
        using Bgra32Image large = SkiaCanvasImage.Draw(width, height, canvas =>
        {
            canvas.Clear(paper);
            canvas.RotateDegrees(tilt, width / 2f, height / 2f);
            for (int i = 0; i < lines.Length; i++)
            {
                canvas.DrawText(lines[i], 3 * size * 3, (3 * size * 3) + ((i + 0.8f) * lineHeight), SKTextAlign.Left, skFont, paint);
            }
        });
        Bgra32Image small = Resampler.Resize(large, width / 3, height / 3, ResampleFilter.Box, Environment.ProcessorCount);
        AddGrain(small, 3 + random.Next(5), random);
        if (seed % 2 == 1)
        {
            using Bgra32Image grainy = small;
            return Jpeg(grainy, 60);
        }

        return small;
    }

    private static void AddGrain(Bgra32Image image, double sigma, Random random)
    {
        for (int y = 0; y < image.Height; y++)
        {
            Span<byte> row = image.GetRow(y);
            for (int x = 0; x < image.Width; x++)
            {
                // One grain value for all three channels: paper grain is brightness, not colour.
                double u1 = 1 - random.NextDouble(), u2 = random.NextDouble();
                double n = sigma * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
                for (int c = 0; c < 3; c++)
                {
                    row[(x * 4) + c] = (byte)Math.Clamp(Math.Round(row[(x * 4) + c] + n), 0, 255);
                }
            }
        }
    }

    /// <summary>A window of a desktop program: title bar, menu, toolbar buttons, a file list, and maybe a photo preview.</summary>
    private static Bgra32Image Screenshot(string font, int size, Bgra32Image? photo, int seed)
    {
        var random = new Random(seed);
        const int Width = 480, Height = 320;
        using SKTypeface typeface = SKTypeface.FromFile(font);
        using var skFont = new SKFont(typeface, size);
        using var text = new SKPaint { Color = new SKColor(30, 30, 30), IsAntialias = true };
        using var fill = new SKPaint { IsAntialias = true };
        SKColor accent = new((byte)random.Next(30, 90), (byte)random.Next(90, 160), (byte)random.Next(170, 230));
        using SKBitmap? preview = photo is null ? null : ToBitmap(photo);
        return SkiaCanvasImage.Draw(Width, Height, canvas =>
        {
            canvas.Clear(new SKColor(243, 243, 243));
            fill.Color = accent;
            canvas.DrawRect(0, 0, Width, 26, fill);
            using var title = new SKPaint { Color = SKColors.White, IsAntialias = true };
            canvas.DrawText("Documents - File Manager", 10, 18, SKTextAlign.Left, skFont, title);
            float x = 8;
            foreach (string item in Menu)
            {
                canvas.DrawText(item, x, 44, SKTextAlign.Left, skFont, text);
                x += skFont.MeasureText(item) + 14;
            }

            fill.Color = new SKColor(225, 225, 228);
            for (int b = 0; b < 6; b++)
            {
                canvas.DrawRoundRect(8 + (b * 30), 54, 24, 22, 3, 3, fill);
            }

            int listRight = photo is null ? Width - 8 : 250;
            fill.Color = SKColors.White;
            canvas.DrawRect(8, 84, listRight - 8, Height - 92, fill);
            for (int i = 0; i < ListItems.Length; i++)
            {
                float y = 100 + (i * (size + 12));
                if (i == seed % ListItems.Length)
                {
                    fill.Color = new SKColor(204, 228, 247);
                    canvas.DrawRect(10, y - size, listRight - 12, size + 8, fill);
                }

                canvas.DrawText(ListItems[(i + seed) % ListItems.Length], 16, y, SKTextAlign.Left, skFont, text);
            }

            if (preview is not null)
            {
                using SKImage picture = SKImage.FromBitmap(preview);
                canvas.DrawImage(picture, new SKRect(262, 84, Width - 8, Height - 8), new SKSamplingOptions(SKCubicResampler.Mitchell));
            }
        });
    }

    private static SKBitmap ToBitmap(Bgra32Image image)
    {
        var bitmap = new SKBitmap(new SKImageInfo(image.Width, image.Height, SKColorType.Bgra8888, SKAlphaType.Unpremul));
        Span<byte> pixels = bitmap.GetPixelSpan();
        for (int y = 0; y < image.Height; y++)
        {
            image.GetRow(y).CopyTo(pixels.Slice(y * bitmap.RowBytes, image.Width * 4));
        }

        return bitmap;
    }

    private static Bgra32Image Logo(string font, int seed)
    {
        var random = new Random(seed + 100);
        const int Size = 240;
        string[] words = ["ACME", "Nordlicht", "blue fox", "KITE"];
        using SKTypeface typeface = SKTypeface.FromFile(font);
        using var skFont = new SKFont(typeface, 40 + random.Next(12)) { Embolden = true };
        SKColor main = new((byte)random.Next(256), (byte)random.Next(120), (byte)random.Next(100, 256));
        return SkiaCanvasImage.Draw(Size, Size, canvas =>
        {
            using var fill = new SKPaint { IsAntialias = true, Color = main };
            if (seed % 2 == 0)
            {
                canvas.DrawCircle(Size / 2f, 90, 55, fill);
            }
            else
            {
                canvas.Save();
                canvas.RotateDegrees(45, Size / 2f, 90);
                canvas.DrawRect((Size / 2f) - 45, 45, 90, 90, fill);
                canvas.Restore();
            }

            fill.Color = SKColors.White;
            canvas.DrawCircle(Size / 2f, 100, 18, fill);
            fill.Color = new SKColor(40, 40, 40);
            canvas.DrawText(words[seed % words.Length], Size / 2f, 205, SKTextAlign.Center, skFont, fill);
        });
    }

    private static Bgra32Image Chart(string font, int seed)
    {
        var random = new Random(seed + 200);
        const int Width = 320, Height = 220;
        using SKTypeface typeface = SKTypeface.FromFile(font);
        using var skFont = new SKFont(typeface, 11);
        SKColor[] palette = [new(68, 114, 196), new(237, 125, 49), new(165, 165, 165), new(255, 192, 0), new(91, 155, 213)];
        return SkiaCanvasImage.Draw(Width, Height, canvas =>
        {
            using var paint = new SKPaint { IsAntialias = true, Color = SKColors.Black };
            using var grid = new SKPaint { IsAntialias = false, Color = new SKColor(217, 217, 217), StrokeWidth = 1 };
            if (seed % 2 == 0)
            {
                for (int g = 0; g <= 4; g++)
                {
                    canvas.DrawLine(40, 190 - (g * 40), Width - 10, 190 - (g * 40), grid);
                    canvas.DrawText((g * 25).ToString(System.Globalization.CultureInfo.InvariantCulture), 34, 194 - (g * 40), SKTextAlign.Right, skFont, paint);
                }

                for (int b = 0; b < 6; b++)
                {
                    float h = random.Next(20, 160);
                    paint.Color = palette[b % palette.Length];
                    canvas.DrawRect(50 + (b * 44), 190 - h, 30, h, paint);
                }

                paint.Color = SKColors.Black;
                canvas.DrawText("Sales by quarter", Width / 2f, 14, SKTextAlign.Center, skFont, paint);
            }
            else
            {
                float start = 0;
                for (int s = 0; s < 5; s++)
                {
                    float sweep = s == 4 ? 360 - start : random.Next(30, 90);
                    paint.Color = palette[s];
                    canvas.DrawArc(new SKRect(40, 20, 220, 200), start, sweep, true, paint);
                    start += sweep;
                }

                for (int s = 0; s < 5; s++)
                {
                    paint.Color = palette[s];
                    canvas.DrawRect(240, 50 + (s * 24), 12, 12, paint);
                    paint.Color = SKColors.Black;
                    canvas.DrawText($"Item {s + 1}", 258, 61 + (s * 24), SKTextAlign.Left, skFont, paint);
                }
            }
        });
    }

    private static Bgra32Image Icons(int seed)
    {
        var random = new Random(seed + 300);
        const int Cell = 48, Count = 5;
        return SkiaCanvasImage.Draw(Cell * Count, Cell * Count, canvas =>
        {
            using var paint = new SKPaint { IsAntialias = true };
            for (int i = 0; i < Count * Count; i++)
            {
                float cx = ((i % Count) + 0.5f) * Cell, cy = ((i / Count) + 0.5f) * Cell;
                paint.Color = new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));
                paint.Style = SKPaintStyle.Fill;
                switch (random.Next(3))
                {
                    case 0: canvas.DrawRoundRect(cx - 16, cy - 16, 32, 32, 6, 6, paint); break;
                    case 1: canvas.DrawCircle(cx, cy, 16, paint); break;
                    default: canvas.DrawOval(cx, cy, 18, 10, paint); break;
                }

                paint.Color = SKColors.White;
                paint.Style = SKPaintStyle.Stroke;
                paint.StrokeWidth = 3;
                canvas.DrawLine(cx - 8, cy, cx + 8, cy, paint);
                canvas.DrawLine(cx, cy - 8, cx, cy + 8, paint);
            }
        });
    }

    private static Bgra32Image PixelArt(int seed)
    {
        var random = new Random(seed + 400);
        const int Sprite = 24, Zoom = 8;
        SKColor[] palette = [SKColors.White, new(34, 32, 52), new(217, 87, 99), new(251, 242, 54), new(99, 155, 255), new(106, 190, 48)];
        var cells = new int[Sprite * Sprite];
        for (int y = 0; y < Sprite; y++)
        {
            for (int x = 0; x < Sprite / 2; x++)
            {
                int c = random.Next(10) < 4 ? 0 : random.Next(1, palette.Length);
                cells[(y * Sprite) + x] = c;
                cells[(y * Sprite) + (Sprite - 1 - x)] = c;
            }
        }

        return SkiaCanvasImage.Draw(Sprite * Zoom, Sprite * Zoom, canvas =>
        {
            using var paint = new SKPaint { IsAntialias = false };
            for (int i = 0; i < cells.Length; i++)
            {
                paint.Color = palette[cells[i]];
                canvas.DrawRect((i % Sprite) * Zoom, (i / Sprite) * Zoom, Zoom, Zoom, paint);
            }
        });
    }

    private static Bgra32Image GradientArt(int seed)
    {
        var random = new Random(seed + 500);
        const int Size = 240;
        return SkiaCanvasImage.Draw(Size, Size, canvas =>
        {
            using var paint = new SKPaint { IsAntialias = true };
            for (int i = 0; i < 5; i++)
            {
                float x = random.Next(30, Size - 30), y = random.Next(30, Size - 30), r = random.Next(25, 60);
                using var shader = SKShader.CreateLinearGradient(new SKPoint(x - r, y - r), new SKPoint(x + r, y + r), [new SKColor((byte)random.Next(256), 80, 200), new SKColor(250, (byte)random.Next(256), 60)], SKShaderTileMode.Clamp);
                paint.Shader = shader;
                canvas.DrawCircle(x, y, r, paint);
            }

            paint.Shader = null;
            paint.Style = SKPaintStyle.Stroke;
            paint.StrokeWidth = 3;
            paint.Color = new SKColor(30, 30, 30);
            canvas.DrawRect(10, 10, Size - 20, Size - 20, paint);
        });
    }
}
