// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Diagnostics;
using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.Quality;

/// <summary>
/// Reads text with the <c>tesseract</c> command (Debian package <c>tesseract-ocr</c>), installing it with
/// apt-get when missing and running as root; otherwise it says how to install it.
/// </summary>
public static class TesseractOcr
{
    private static readonly Lazy<string> Command = new(Locate);

    /// <summary>Reads one line of text from an image.</summary>
    /// <param name="image">The image, dark text on a light background.</param>
    /// <returns>The text read, trimmed.</returns>
    public static string ReadLine(Bgra32Image image)
    {
        string file = Path.Combine(Path.GetTempPath(), $"pdnupscale-ocr-{Guid.NewGuid():N}.png");
        try
        {
            using (FileStream stream = File.Create(file))
            {
                new SkiaImageEncoder().Encode(image, new ImageMetadata(), stream, new EncoderOptions());
            }

            return Run(Command.Value, $"\"{file}\" stdout --psm 7 -l eng").Trim();
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Locate()
    {
        string? found = Environment.GetEnvironmentVariable("PATH")?.Split(':').Select(d => Path.Combine(d, "tesseract")).FirstOrDefault(File.Exists);
        if (found is not null)
        {
            return found;
        }

        if (Environment.UserName != "root")
        {
            throw new InvalidOperationException("tesseract is not installed; run: sudo apt-get install -y tesseract-ocr tesseract-ocr-eng");
        }

        Run("apt-get", "install -y -q tesseract-ocr tesseract-ocr-eng");
        return "/usr/bin/tesseract";
    }

    private static string Run(string command, string arguments)
    {
        var start = new ProcessStartInfo(command, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {command}.");
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} failed with exit code {process.ExitCode}: {error.Result.Trim()}");
        }

        return output;
    }
}
