// zod as every module here uses it: jitless, because MV3's content security policy refuses `new Function` and
// zod's probe for it shows up as a CSP violation in the extension's errors.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
