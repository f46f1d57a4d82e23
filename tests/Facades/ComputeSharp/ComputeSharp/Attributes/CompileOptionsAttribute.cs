// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace ComputeSharp;

/// <summary>The DXC options for a shader, or for every shader of an assembly.</summary>
/// <param name="options">The options.</param>
[AttributeUsage(AttributeTargets.Struct | AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class CompileOptionsAttribute(CompileOptions options) : Attribute
{
    /// <summary>Gets the options.</summary>
    public CompileOptions Options { get; } = options;
}
