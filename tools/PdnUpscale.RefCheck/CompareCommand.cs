// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.CommandLine;
using System.Globalization;
using PdnUpscale.Bench.Metrics;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.RefCheck;

/// <summary><c>refcheck compare A.png B.png --interior N</c>: prints the robust interior PSNR over RGB and Y.</summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        Argument<FileInfo> expected = new("expected") { Description = "The reference image (PNG)." };
        Argument<FileInfo> actual = new("actual") { Description = "The image under test (PNG), the same size." };
        Option<int> interior = new("--interior")
        {
            Description = "Pixels to ignore on every side.",
            DefaultValueFactory = _ => 0,
        };
        Command command = new("compare", "Prints 'rgb=… y=…': robust interior PSNR in dB (worst 0.1 % of pixels dropped).")
        {
            expected, actual, interior,
        };
        command.SetAction(result => ToolErrors.Guard(() =>
        {
            using Bgra32Image a = PngFile.Load(result.GetValue(expected)!);
            using Bgra32Image b = PngFile.Load(result.GetValue(actual)!);
            if (a.Width != b.Width || a.Height != b.Height)
            {
                throw new ToolException(
                    $"{result.GetValue(actual)!.Name} is {b.Width}×{b.Height}, but {result.GetValue(expected)!.Name} is {a.Width}×{a.Height}.");
            }

            RobustPsnr psnr = ImageMetrics.RobustInteriorPsnr(a, b, result.GetValue(interior));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rgb={psnr.Rgb:F2} y={psnr.Y:F2}"));
        }));
        return command;
    }
}
