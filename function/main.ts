// Entrypoint of dist/main.js: the server with the command line's flags.
import { serve } from "./serve.js";

void serve(process.argv.slice(2));
