// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace ComputeSharp;

/// <summary>A resource that belongs to a <see cref="ComputeSharp.GraphicsDevice"/>.</summary>
public interface IGraphicsResource
{
    /// <summary>Gets the device the resource belongs to.</summary>
    GraphicsDevice GraphicsDevice { get; }
}
