// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

// Facades of PaintDotNet.{IPluginSupportInfo, PluginSupportInfoAttribute} (PaintDotNet.Core.dll).
using System;

namespace PaintDotNet;

public interface IPluginSupportInfo
{
    string? Author { get; }

    string? Copyright { get; }

    string? DisplayName { get; }

    Version? Version { get; }

    Uri? WebsiteUri { get; }
}

[AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Interface, AllowMultiple = false, Inherited = false)]
public class PluginSupportInfoAttribute : Attribute, IPluginSupportInfo
{
    public PluginSupportInfoAttribute(Type pluginSupportInfoOrProviderType) => this.ProviderType = pluginSupportInfoOrProviderType;

    public string? Author { get; set; }

    public string? Copyright { get; set; }

    public string? DisplayName { get; set; }

    public Version Version { get; set; } = new();

    public Uri? WebsiteUri { get; set; }

    internal Type ProviderType { get; }
}
