// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Models;
using PdnUpscale.Core.Models.Catalog;
using PdnUpscale.Core.Pipeline;

namespace PdnUpscale.Core.Tests.TestUtilities;

/// <summary>The committed default model (<c>models/realesr-general-x4v3.onnx</c>) and one upscaler whose sessions the tests share.</summary>
public sealed class CommittedModelFixture : IDisposable
{
    public CommittedModelFixture()
    {
        this.Model = ModelCatalog.LoadBundled().Discover().Single(m => m.Id == "realesr-general-x4v3");
        Assert.NotNull(this.Model.OnnxPath);
        this.Upscaler = new Upscaler(new UpscaleConfiguration { Warning = this.Warnings.Add });
    }

    public ModelDescriptor Model { get; }

    public Upscaler Upscaler { get; }

    public List<string> Warnings { get; } = [];

    public void Dispose() => this.Upscaler.Dispose();
}
