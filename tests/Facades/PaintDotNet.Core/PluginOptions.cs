// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PaintDotNet.AppModel;

/// <summary>Facade of PaintDotNet.AppModel.PluginOptions (PaintDotNet.Core.dll), the root of effect options records.</summary>
public abstract record PluginOptions
{
    private protected PluginOptions()
    {
    }
}
