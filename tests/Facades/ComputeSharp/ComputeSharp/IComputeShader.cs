// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace ComputeSharp;

/// <summary>A compute shader.</summary>
public interface IComputeShader
{
    /// <summary>Executes the shader for the current thread (<see cref="ThreadIds"/>).</summary>
    void Execute();
}
