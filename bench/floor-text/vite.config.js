import { contenderConfig } from '../contender.config.mjs';

export default contenderConfig(import.meta.dirname);
