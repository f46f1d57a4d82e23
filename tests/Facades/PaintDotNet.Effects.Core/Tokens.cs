// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

// Facades of PaintDotNet.Effects.{EffectConfigToken, PropertyBasedEffectConfigToken} (apidocs 5.1.9).
using System;
using PaintDotNet.PropertySystem;

namespace PaintDotNet.Effects;

public abstract class EffectConfigToken : ICloneable
{
    protected EffectConfigToken()
    {
    }

    public abstract object Clone();
}

public sealed class PropertyBasedEffectConfigToken : EffectConfigToken, ICloneable
{
    public PropertyBasedEffectConfigToken(PropertyCollection propertyCollection) => this.Properties = propertyCollection;

    public PropertyCollection Properties { get; }

    public Property? GetProperty(object propertyName) => this.Properties[propertyName];

    public T? GetProperty<T>(object propertyName)
        where T : Property => this.Properties[propertyName] as T;

    public bool SetPropertyValue(object propertyName, object newValue)
    {
        Property? property = this.Properties[propertyName];
        if (property is null)
        {
            return false;
        }

        property.Value = newValue;
        return true;
    }

    public override object Clone() => new PropertyBasedEffectConfigToken(this.Properties.Clone());
}
