// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.CommandLine;
using PdnUpscale.Core.Imaging;

namespace PdnUpscale.RefCheck;

/// <summary><c>refcheck run MODEL.onnx IN.png OUT.png --scale S [--border B] [--pad P] [--align A] [--bgr] [--range R] [--ncnn-uint8] [--replicate]</c>.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        Argument<FileInfo> model = new("model") { Description = "The ONNX model (NCHW float input, dynamic H and W)." };
        Argument<FileInfo> input = new("input") { Description = "The input PNG." };
        Argument<FileInfo> output = new("output") { Description = "The output PNG (written atomically)." };
        Option<int> scale = new("--scale") { Description = "The model's scale factor.", Required = true };
        Option<int> border = new("--border") { Description = "Input pixels the model consumes on each side (unpadded convolutions).", DefaultValueFactory = _ => 0 };
        Option<int> pad = new("--pad") { Description = "Extra mirror padding on each side, as the ncnn runtimes' prepadding.", DefaultValueFactory = _ => 0 };
        Option<int> align = new("--align") { Description = "Pad right and bottom so the model input is a multiple of this.", DefaultValueFactory = _ => 1 };
        Option<bool> bgr = new("--bgr") { Description = "The model takes B, G, R planes instead of R, G, B." };
        Option<float> range = new("--range") { Description = "The model's input value for white (1 or 255).", DefaultValueFactory = _ => 1f };
        Option<bool> ncnnUint8 = new("--ncnn-uint8") { Description = "Convert outputs like the ncnn runtimes on llvmpipe: below 0 becomes 255." };
        Option<bool> replicate = new("--replicate") { Description = "Pad by repeating edge pixels (waifu2x) instead of mirroring." };
        Command command = new("run", "Runs the model over the whole image (one tile) with ONNX Runtime on the CPU.")
        {
            model, input, output, scale, border, pad, align, bgr, range, ncnnUint8, replicate,
        };
        command.SetAction(result => ToolErrors.Guard(() =>
        {
            FileInfo inputFile = result.GetValue(input)!;
            FileInfo outputFile = result.GetValue(output)!;
            if (string.Equals(inputFile.FullName, outputFile.FullName, StringComparison.Ordinal))
            {
                throw new ToolException($"{outputFile.FullName} is also the input; choose another output file.");
            }

            WholeImageRun settings = new(
                result.GetValue(scale), result.GetValue(border), result.GetValue(pad), result.GetValue(align), result.GetValue(bgr), result.GetValue(range),
                result.GetValue(ncnnUint8), result.GetValue(replicate));
            using Bgra32Image source = PngFile.Load(inputFile);
            using Bgra32Image upscaled = settings.Run(result.GetValue(model)!, source);
            PngFile.Save(upscaled, outputFile);
        }));
        return command;
    }
}
