// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PaintDotNet;

namespace PdnUpscale.PaintDotNet.Effect;

/// <summary>The plugin's name, author and version as Paint.NET's plugin list shows them.</summary>
public sealed class PluginSupportInfo : IPluginSupportInfo
{
    /// <inheritdoc/>
    public string? Author => "PdnUpscale contributors";

    /// <inheritdoc/>
    public string? Copyright => "Copyright (c) 2026 PdnUpscale contributors. MIT license; models under their own licenses.";

    /// <inheritdoc/>
    public string? DisplayName => "AI Upscale";

    /// <inheritdoc/>
    public Version? Version => typeof(PluginSupportInfo).Assembly.GetName().Version;

    /// <inheritdoc/>
    public Uri? WebsiteUri => null;
}
