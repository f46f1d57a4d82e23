// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

// Facades of PaintDotNet.PropertySystem.{PropertyCollection, PropertyCollectionRule, ReadOnlyBoundToValueRule}.
// Rules are kept, not enforced: the dialog that would enforce them does not exist on Linux.
using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;

namespace PaintDotNet.PropertySystem;

public sealed class PropertyCollection : INotifyPropertyChanged, IEnumerable<Property>, IEnumerable, ICloneable
{
    private readonly List<Property> properties;
    private readonly List<PropertyCollectionRule> rules;

    public PropertyCollection(IEnumerable<Property> properties)
        : this(properties, [])
    {
    }

    public PropertyCollection(IEnumerable<Property> properties, IEnumerable<PropertyCollectionRule> rules)
    {
        this.properties = [.. properties];
        this.rules = [.. rules];
    }

    public event PropertyChangedEventHandler? PropertyChanged
    {
        add { }
        remove { }
    }

    public IEnumerable<Property> Properties => this.properties;

    public IEnumerable<PropertyCollectionRule> Rules => this.rules;

    public Property? this[object propertyName] => this.properties.FirstOrDefault(p => p.Name == propertyName.ToString());

    public PropertyCollection Clone() => new(this.properties.Select(p => p.Clone()), this.rules.Select(r => r.Clone()));

    object ICloneable.Clone() => this.Clone();

    public IEnumerator<Property> GetEnumerator() => this.properties.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => this.GetEnumerator();
}

public abstract class PropertyCollectionRule : ICloneable
{
    // apidocs 5.1.9 lists no constructor: only Paint.NET's own rules derive from this class.
    internal PropertyCollectionRule()
    {
    }

    public abstract PropertyCollectionRule Clone();

    object ICloneable.Clone() => this.Clone();

    protected abstract void OnInitialized();
}

public sealed class ReadOnlyBoundToValueRule<TValue, TProperty> : PropertyCollectionRule, ICloneable
    where TProperty : Property<TValue>
{
    public ReadOnlyBoundToValueRule(object targetPropertyName, object sourcePropertyName, TValue[] valuesForReadOnly, bool inverse = false)
    {
        this.TargetPropertyName = targetPropertyName.ToString()!;
        this.SourcePropertyName = sourcePropertyName.ToString()!;
        this.ValuesForReadOnly = valuesForReadOnly;
        this.Inverse = inverse;
    }

    internal string TargetPropertyName { get; }

    internal string SourcePropertyName { get; }

    internal TValue[] ValuesForReadOnly { get; }

    internal bool Inverse { get; }

    public override PropertyCollectionRule Clone() => (PropertyCollectionRule)this.MemberwiseClone();

    protected override void OnInitialized()
    {
    }
}
