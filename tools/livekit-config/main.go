// livekit-config prints the shape of the LiveKit server's config file as its strict decoder reads
// it: the yaml keys of config.Config (pkg/config) of the pinned livekit-server, with the keys of
// every nested struct, for function/api/livekit-config-shape.json. The function checks a pool's
// spec.server.config against it, so a misspelt nested key is refused by name instead of stopping
// every server pod at start (LiveKit decodes with yaml.v3 and KnownFields in strict mode).
//
// yaml.v3's rules, followed here: a field's key is its yaml tag's name, else its lower-cased Go
// name; "-" and unexported fields are skipped; ",inline" structs (and maps) merge into their
// parent; a type with its own UnmarshalYAML or UnmarshalText decides for itself what it accepts,
// so it is "any" here, as are interfaces.
package main

import (
	"encoding"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"runtime/debug"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/livekit/livekit-server/pkg/config"
)

// Shape is one node of the tree: exactly one of its fields says what the node is.
type Shape struct {
	// Fields of a struct, by key.
	Fields map[string]*Shape `json:"fields,omitempty"`
	// Values of a map with string keys; Items of a list.
	Values *Shape `json:"values,omitempty"`
	Items  *Shape `json:"items,omitempty"`
	// Any: the type decodes itself (or is an interface); Scalar: a bool, number or string.
	Any    bool `json:"any,omitempty"`
	Scalar bool `json:"scalar,omitempty"`
}

var (
	yamlUnmarshaler   = reflect.TypeFor[yaml.Unmarshaler]()
	obsoleteUnmarshal = reflect.TypeFor[interface{ UnmarshalYAML(func(any) error) error }]()
	textUnmarshaler   = reflect.TypeFor[encoding.TextUnmarshaler]()
)

func decodesItself(t reflect.Type) bool {
	for _, c := range []reflect.Type{t, reflect.PointerTo(t)} {
		if c.Implements(yamlUnmarshaler) || c.Implements(obsoleteUnmarshal) || c.Implements(textUnmarshaler) {
			return true
		}
	}
	return false
}

// shapeOf walks a type; `seen` stops recursive types (they become "any" where they recur).
func shapeOf(t reflect.Type, seen map[reflect.Type]bool) *Shape {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if decodesItself(t) || t.Kind() == reflect.Interface || seen[t] {
		return &Shape{Any: true}
	}
	switch t.Kind() {
	case reflect.Struct:
		seen[t] = true
		defer delete(seen, t)
		s := &Shape{Fields: map[string]*Shape{}}
		addFields(s, t, seen)
		return s
	case reflect.Map:
		return &Shape{Values: shapeOf(t.Elem(), seen)}
	case reflect.Slice, reflect.Array:
		return &Shape{Items: shapeOf(t.Elem(), seen)}
	default:
		return &Shape{Scalar: true}
	}
}

func addFields(s *Shape, t reflect.Type, seen map[reflect.Type]bool) {
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		tag := f.Tag.Get("yaml")
		name, opts, _ := strings.Cut(tag, ",")
		if name == "-" {
			continue
		}
		if strings.Contains(","+opts+",", ",inline,") {
			inner := shapeOf(f.Type, seen)
			if inner.Fields == nil {
				// An inline map takes every key the struct does not name.
				s.Values = inner.Values
				continue
			}
			for k, v := range inner.Fields {
				s.Fields[k] = v
			}
			continue
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		s.Fields[name] = shapeOf(f.Type, seen)
	}
}

// serverVersion is the livekit-server module this program was built with.
func serverVersion() string {
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, dep := range info.Deps {
			if dep.Path == "github.com/livekit/livekit-server" {
				return dep.Version
			}
		}
	}
	return "unknown"
}

func main() {
	doc := struct {
		LiveKitServer string `json:"livekitServer"`
		Shape         *Shape `json:"shape"`
	}{serverVersion(), shapeOf(reflect.TypeFor[config.Config](), map[reflect.Type]bool{})}
	out, err := json.MarshalIndent(doc, "", " ")
	if err != nil {
		fmt.Fprintln(os.Stderr, "livekit-config:", err)
		os.Exit(1)
	}
	fmt.Println(string(out))
}
