// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.CommandLine;
using PdnUpscale.RefCheck;

// refcheck: checks our ONNX conversions against the ncnn reference runtimes (see models/reference/README.md).
RootCommand root = new("Runs an ONNX upscaler over a whole image and compares images with a robust interior PSNR.")
{
    RunCommand.Create(),
    CompareCommand.Create(),
};
return root.Parse(args).Invoke();
