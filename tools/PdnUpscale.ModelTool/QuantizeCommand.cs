// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Models.Catalog;

namespace PdnUpscale.ModelTool;

/// <summary><c>quantize</c>: int8 calibration of installed catalog models, recorded in the catalog.</summary>
internal static class QuantizeCommand
{
    /// <summary>The committed images calibration runs on: photos, a grey photo and handwriting, never the quality set's crops alone.</summary>
    private static readonly string[] CalibrationNames = ["astronaut-face.png", "chelsea-eye.png", "coffee-spoon.png", "camera-man.png", "text-formula.png"];

    /// <summary>The committed image the int8 speed-up is measured on: whole, a moderate 256 × 256, as one tile.</summary>
    private const string SpeedImageName = "astronaut-256.png";

    /// <summary>The quality harness's photo set (bench/PdnUpscale.Quality).</summary>
    private static readonly string[] PhotoNames = ["astronaut.png", "coffee.png", "chelsea.png", "camera.png"];

    /// <summary>Runs the command.</summary>
    /// <param name="catalogPath">models/catalog.json.</param>
    /// <param name="modelsDir">The folder with the ONNX files.</param>
    /// <param name="calibrationDir">tests/Images/Input.</param>
    /// <param name="photosDir">The skimage data folder (tests/tools/get-test-photos).</param>
    /// <param name="options">--only ID,ID.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string catalogPath, string modelsDir, string calibrationDir, string photosDir, string[] options)
    {
        if (options is not ["--only", string list])
        {
            Console.Error.WriteLine("quantize: name the models with --only ID,ID.");
            return 2;
        }

        HashSet<string> only = [.. list.Split(',')];
        var quantizer = new CatalogQuantizer([.. CalibrationNames.Select(n => Path.Combine(calibrationDir, n))], [.. PhotoNames.Select(n => Path.Combine(photosDir, n))], Path.Combine(calibrationDir, SpeedImageName));
        ModelCatalog catalog = ModelCatalog.Load(catalogPath);
        int failures = 0;
        foreach (ModelCatalogEntry entry in catalog.Entries.Where(e => only.Contains(e.Id)))
        {
            string onnx = Path.Combine(modelsDir, entry.Id + ".onnx");
            if (!File.Exists(onnx) || ModelCatalog.Sha256(onnx) != entry.OnnxSha256)
            {
                Console.Error.WriteLine($"{entry.Id}: {onnx} is missing or not the catalog's file; run models/fetch first.");
                failures++;
                continue;
            }

            Console.WriteLine($"{entry.Id}: {quantizer.Quantize(entry, onnx)}");
        }

        catalog.Save(catalogPath);
        return failures == 0 ? 0 : 1;
    }
}
